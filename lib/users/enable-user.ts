import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import type { PrismaClient } from "@/lib/platform/db/client";
import { t } from "@/lib/i18n";
import { ZUserIdSchema } from "@/lib/users/user-fields";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

export const ZEnableUserRequestSchema = z.object({ userId: ZUserIdSchema });

export type TEnableUserRequest = z.output<typeof ZEnableUserRequestSchema>;

/** Lets a disabled user sign in again (their old sessions stay ended). */
export async function enableUser(
  db: PrismaClient,
  input: TEnableUserRequest,
  actorId: string,
): Promise<ActionResult<UserSummary>> {
  return db.$transaction(async (tx): Promise<ActionResult<UserSummary>> => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) return { ok: false, code: "NOT_FOUND", message: t.accounts.errors.userNotFound };
    if (!user.disabledAt) {
      return { ok: true, data: toUserSummary(user), message: t.accounts.results.enabled(user.email) };
    }
    const updated = await tx.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    await tx.auditLog.create({
      data: auditData("USER_ENABLED", { actorId, targetUserId: user.id, email: user.email }),
    });
    return { ok: true, data: toUserSummary(updated), message: t.accounts.results.enabled(user.email) };
  });
}
