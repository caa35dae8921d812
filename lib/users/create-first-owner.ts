import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { auditData } from "@/lib/audit/audit-data";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/platform/db/client";
import { serializableTransaction } from "@/lib/platform/db/serializable-transaction";
import { t } from "@/lib/i18n";
import {
  ZNewPasswordSchema,
  ZPasswordConfirmationSchema,
  ZUserEmailSchema,
  ZUserNameSchema,
} from "@/lib/users/user-fields";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

export const ZCreateFirstOwnerRequestSchema = z
  .object({
    name: ZUserNameSchema,
    email: ZUserEmailSchema,
    password: ZNewPasswordSchema,
    passwordConfirmation: ZPasswordConfirmationSchema,
  })
  .refine((input) => input.password === input.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: t.accounts.validation.passwordMismatch,
  });

export type TCreateFirstOwnerRequest = z.output<typeof ZCreateFirstOwnerRequestSchema>;

/**
 * The first account of a fresh site, an owner, made without a session. Refused as soon as any
 * user exists: the check and the insert share one serializable transaction, so two racing
 * setups cannot both pass it.
 */
export async function createFirstOwner(
  db: PrismaClient,
  input: TCreateFirstOwnerRequest,
): Promise<ActionResult<UserSummary>> {
  const closed: ActionResult<never> = { ok: false, code: "REFUSED", message: t.accounts.setup.closed };
  // Cheap refusal first: hashing costs memory and time an anonymous caller should not get to spend.
  if ((await db.user.count()) > 0) return closed;
  const passwordHash = await hashPassword(input.password);
  const user = await serializableTransaction(db, async (tx) => {
    if ((await tx.user.count()) > 0) return null;
    const created = await tx.user.create({
      data: { name: input.name, email: input.email, role: "OWNER", passwordHash },
    });
    await tx.auditLog.create({
      data: auditData("USER_CREATED", {
        actorId: created.id,
        targetUserId: created.id,
        email: created.email,
        detail: t.accounts.auditDetails.setup,
      }),
    });
    return created;
  });
  if (!user) return closed;
  return { ok: true, data: toUserSummary(user), message: t.accounts.results.created(user.email) };
}
