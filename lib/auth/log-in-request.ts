import { z } from "zod";
import { t } from "@/lib/i18n";
import { ZUserEmailSchema } from "@/lib/users/user-fields";

/**
 * The login form. Any non-empty password is accepted here: the length policy is for new
 * passwords, and the answer to a wrong one must not differ from any other wrong one.
 */
export const ZLogInRequestSchema = z.object({
  email: ZUserEmailSchema,
  password: z
    .string({ error: t.accounts.validation.passwordRequired })
    .min(1, t.accounts.validation.passwordRequired)
    .max(256, t.accounts.login.wrongCredentials),
});

export type TLogInRequest = z.output<typeof ZLogInRequestSchema>;
