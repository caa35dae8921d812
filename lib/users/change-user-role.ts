import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import type { PrismaClient } from "@/lib/platform/db/client";
import { serializableTransaction } from "@/lib/platform/db/serializable-transaction";
import { t } from "@/lib/i18n";
import { isLastEnabledOwner } from "@/lib/users/enabled-owners";
import { ZUserIdSchema, ZUserRoleSchema } from "@/lib/users/user-fields";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

export const ZChangeUserRoleRequestSchema = z.object({ userId: ZUserIdSchema, role: ZUserRoleSchema });

export type TChangeUserRoleRequest = z.output<typeof ZChangeUserRoleRequestSchema>;

/** An owner makes another user an owner or an editor; that user's sessions end. */
export async function changeUserRole(
  db: PrismaClient,
  input: TChangeUserRoleRequest,
  actorId: string,
): Promise<ActionResult<UserSummary>> {
  const e = t.accounts.errors;
  // An owner demoting themselves would lose this very page; another owner can do it.
  if (input.userId === actorId) return { ok: false, code: "REFUSED", message: e.cannotChangeOwnRole };
  return serializableTransaction(db, async (tx): Promise<ActionResult<UserSummary>> => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) return { ok: false, code: "NOT_FOUND", message: e.userNotFound };
    if (user.role === input.role) {
      return { ok: true, data: toUserSummary(user), message: t.accounts.results.roleUnchanged(user.email) };
    }
    if (await isLastEnabledOwner(tx, user)) return { ok: false, code: "REFUSED", message: e.lastOwner };
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, sessionVersion: { increment: 1 } },
    });
    const roles = t.accounts.roles;
    await tx.auditLog.create({
      data: auditData("USER_UPDATED", {
        actorId,
        targetUserId: user.id,
        email: user.email,
        detail: t.accounts.auditDetails.roleChange(roles[user.role], roles[updated.role]),
      }),
    });
    return {
      ok: true,
      data: toUserSummary(updated),
      message: t.accounts.results.roleChanged(user.email, roles[updated.role]),
    };
  });
}
