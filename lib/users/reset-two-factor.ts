import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import type { PrismaClient } from "@/lib/platform/db/client";
import { t } from "@/lib/i18n";
import { ZUserIdSchema } from "@/lib/users/user-fields";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

export const ZResetTwoFactorRequestSchema = z.object({ userId: ZUserIdSchema });

/**
 * An owner (or the CLI, for an owner who lost their phone) turns off another user's two-factor
 * sign-in: the secret and recovery codes are gone, every session of theirs ends, and they sign
 * in with their password alone until they set it up again (at once, if owners require it).
 */
export async function resetTwoFactor(
  db: PrismaClient,
  input: z.output<typeof ZResetTwoFactorRequestSchema>,
  actorId: string,
): Promise<ActionResult<UserSummary>> {
  const tf = t.accounts.twoFactor;
  // One's own is turned off on /admin/account, with the password and a code.
  if (input.userId === actorId) return { ok: false, code: "REFUSED", message: tf.cannotResetOwn };
  const user = await db.user.findUnique({ where: { id: input.userId } });
  if (!user) return { ok: false, code: "NOT_FOUND", message: t.accounts.errors.userNotFound };
  if (!user.totpEnabledAt) return { ok: false, code: "CONFLICT", message: tf.notEnabled };
  const [updated] = await db.$transaction([
    db.user.update({
      where: { id: user.id },
      data: {
        totpSecret: "",
        totpEnabledAt: null,
        totpLastStep: 0,
        recoveryCodes: "[]",
        sessionVersion: { increment: 1 },
      },
    }),
    db.auditLog.create({
      data: auditData("TWO_FACTOR_RESET", {
        actorId,
        targetUserId: user.id,
        email: user.email,
        detail: t.accounts.auditDetails.resetByOwner,
      }),
    }),
  ]);
  return { ok: true, data: toUserSummary(updated), message: tf.resetDone(user.email) };
}
