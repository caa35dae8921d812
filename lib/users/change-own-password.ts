import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/platform/db/client";
import { t } from "@/lib/i18n";
import { ZNewPasswordSchema, ZPasswordConfirmationSchema } from "@/lib/users/user-fields";

export const ZChangeOwnPasswordRequestSchema = z
  .object({
    currentPassword: z
      .string({ error: t.accounts.validation.passwordRequired })
      .min(1, t.accounts.validation.passwordRequired)
      .max(256, t.accounts.errors.currentPasswordWrong),
    newPassword: ZNewPasswordSchema,
    newPasswordConfirmation: ZPasswordConfirmationSchema,
  })
  .refine((input) => input.newPassword === input.newPasswordConfirmation, {
    path: ["newPasswordConfirmation"],
    message: t.accounts.validation.passwordMismatch,
  })
  // Once the current password is proven, this is the one it replaces.
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: t.accounts.validation.passwordUnchanged,
  });

export type TChangeOwnPasswordRequest = z.output<typeof ZChangeOwnPasswordRequestSchema>;

/**
 * A signed-in user replaces their password, proving the current one. Every session of theirs
 * ends (the caller signs the current browser in again with the new password).
 */
export async function changeOwnPassword(
  db: PrismaClient,
  userId: string,
  input: TChangeOwnPasswordRequest,
): Promise<ActionResult<{ email: string }>> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.disabledAt) {
    return { ok: false, code: "UNAUTHENTICATED", message: t.actions.unauthenticated };
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    const message = t.accounts.errors.currentPasswordWrong;
    return { ok: false, code: "INVALID", message, fieldErrors: { currentPassword: [message] } };
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    db.auditLog.create({
      data: auditData("PASSWORD_CHANGED", {
        actorId: user.id,
        targetUserId: user.id,
        email: user.email,
        detail: t.accounts.auditDetails.passwordChangedBySelf,
      }),
    }),
  ]);
  return { ok: true, data: { email: user.email }, message: t.accounts.results.ownPasswordChanged };
}
