import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/platform/db/client";
import { t } from "@/lib/i18n";
import { isUniqueViolation } from "@/lib/users/db-errors";
import {
  ZNewPasswordSchema,
  ZUserEmailSchema,
  ZUserNameSchema,
  ZUserRoleSchema,
} from "@/lib/users/user-fields";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

export const ZCreateUserRequestSchema = z.object({
  name: ZUserNameSchema,
  email: ZUserEmailSchema,
  role: ZUserRoleSchema,
  password: ZNewPasswordSchema,
});

export type TCreateUserRequest = z.output<typeof ZCreateUserRequestSchema>;

/** An owner (or the CLI) adds an account; the email must be free. */
export async function createUser(
  db: PrismaClient,
  input: TCreateUserRequest,
  actorId: string,
): Promise<ActionResult<UserSummary>> {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    return emailTaken();
  }
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, passwordHash },
      });
      await tx.auditLog.create({
        data: auditData("USER_CREATED", {
          actorId,
          targetUserId: created.id,
          email: created.email,
          detail: t.accounts.roles[created.role],
        }),
      });
      return created;
    });
    return { ok: true, data: toUserSummary(user), message: t.accounts.results.created(user.email) };
  } catch (error) {
    // Another request took the address between the check and the insert.
    if (isUniqueViolation(error)) return emailTaken();
    throw error;
  }
}

function emailTaken(): ActionResult<never> {
  const message = t.accounts.errors.emailTaken;
  return { ok: false, code: "CONFLICT", message, fieldErrors: { email: [message] } };
}
