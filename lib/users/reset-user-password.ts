import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/platform/db/client";
import { t } from "@/lib/i18n";
import { ZNewPasswordSchema, ZUserIdSchema } from "@/lib/users/user-fields";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

export const ZResetUserPasswordRequestSchema = z.object({
  userId: ZUserIdSchema,
  password: ZNewPasswordSchema,
});

export type TResetUserPasswordRequest = z.output<typeof ZResetUserPasswordRequestSchema>;

/** An owner (or the CLI) sets another user's password; every session of that user ends. */
export async function resetUserPassword(
  db: PrismaClient,
  input: TResetUserPasswordRequest,
  actorId: string,
): Promise<ActionResult<UserSummary>> {
  const e = t.accounts.errors;
  // Your own password changes with the current one (change-own-password.ts), not around it.
  if (input.userId === actorId) return { ok: false, code: "REFUSED", message: e.cannotResetOwnPassword };
  const user = await db.user.findUnique({ where: { id: input.userId } });
  if (!user) return { ok: false, code: "NOT_FOUND", message: e.userNotFound };
  const passwordHash = await hashPassword(input.password);
  const updated = await db.$transaction(async (tx) => {
    const changed = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await tx.auditLog.create({
      data: auditData("PASSWORD_CHANGED", {
        actorId,
        targetUserId: user.id,
        email: user.email,
        detail: t.accounts.auditDetails.passwordReset,
      }),
    });
    return changed;
  });
  return { ok: true, data: toUserSummary(updated), message: t.accounts.results.passwordReset(user.email) };
}
