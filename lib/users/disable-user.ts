import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import type { PrismaClient } from "@/lib/platform/db/client";
import { serializableTransaction } from "@/lib/platform/db/serializable-transaction";
import { t } from "@/lib/i18n";
import { isLastEnabledOwner } from "@/lib/users/enabled-owners";
import { ZUserIdSchema } from "@/lib/users/user-fields";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

export const ZDisableUserRequestSchema = z.object({ userId: ZUserIdSchema });

export type TDisableUserRequest = z.output<typeof ZDisableUserRequestSchema>;

/**
 * Stops a user signing in and ends every session of theirs now (the session version moves on,
 * and each request checks it). Never yourself, never the last enabled owner.
 */
export async function disableUser(
  db: PrismaClient,
  input: TDisableUserRequest,
  actorId: string,
): Promise<ActionResult<UserSummary>> {
  const e = t.accounts.errors;
  if (input.userId === actorId) return { ok: false, code: "REFUSED", message: e.cannotDisableSelf };
  return serializableTransaction(db, async (tx): Promise<ActionResult<UserSummary>> => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) return { ok: false, code: "NOT_FOUND", message: e.userNotFound };
    if (user.disabledAt) {
      return { ok: true, data: toUserSummary(user), message: t.accounts.results.disabled(user.email) };
    }
    if (await isLastEnabledOwner(tx, user)) return { ok: false, code: "REFUSED", message: e.lastOwner };
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { disabledAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await tx.auditLog.create({
      data: auditData("USER_DISABLED", { actorId, targetUserId: user.id, email: user.email }),
    });
    return { ok: true, data: toUserSummary(updated), message: t.accounts.results.disabled(user.email) };
  });
}
