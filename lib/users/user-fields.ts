// The fields of user operations, shared by the forms, the server actions and the CLI.
import { z } from "zod";
import { ZPasswordSchema } from "@/lib/auth/password";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";
import { t } from "@/lib/i18n";
import { Role } from "@/lib/generated/prisma/enums";

const v = t.accounts.validation;

export const ZUserEmailSchema = z
  .string({ error: v.email })
  .trim()
  .toLowerCase()
  .pipe(z.email(v.email).max(254, v.email));

export const ZUserNameSchema = z
  .string({ error: v.nameRequired })
  .trim()
  .min(1, v.nameRequired)
  .max(100, v.nameTooLong)
  // As in the admin's text fields: no name needs them, and PostgreSQL cannot store NUL.
  .refine((name) => !CONTROL_CHARACTERS.test(name), v.nameControl);

export const ZUserRoleSchema = z.enum([Role.OWNER, Role.EDITOR], { error: v.role });

export const ZUserIdSchema = z.string({ error: v.userId }).min(1, v.userId).max(64, v.userId);

/** A new password (policy: see lib/auth/password.ts). */
export const ZNewPasswordSchema = z.string({ error: v.passwordRequired }).pipe(ZPasswordSchema);

/** The repeated password of a form; compared with its original by the object's refinement. */
export const ZPasswordConfirmationSchema = z.string({ error: v.passwordMismatch });
