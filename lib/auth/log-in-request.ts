import { z } from "zod";
import { t } from "@/lib/i18n";
import { ZUserEmailSchema } from "@/lib/users/user-fields";

/**
 * The login form, in either of its steps: email and password, then (for an account with
 * two-factor sign-in) the email again, the ticket the first step earned and a code. Any
 * non-empty password is accepted here: the length policy is for new passwords, and the answer
 * to a wrong one must not differ from any other wrong one.
 */
export const ZLogInRequestSchema = z
  .object({
    email: ZUserEmailSchema,
    password: z.string().max(256, t.accounts.login.wrongCredentials).optional(),
    ticket: z.string().max(200, t.accounts.twoFactor.ticketExpired).optional(),
    code: z.string().trim().max(32, t.accounts.twoFactor.wrongCode).optional(),
  })
  .superRefine((input, context) => {
    if (input.ticket) {
      if (!input.code)
        context.addIssue({ code: "custom", path: ["code"], message: t.accounts.twoFactor.codeRequired });
    } else if (!input.password) {
      context.addIssue({
        code: "custom",
        path: ["password"],
        message: t.accounts.validation.passwordRequired,
      });
    }
  })
  .transform(({ email, password, ticket, code }): TLogInCredentials =>
    ticket ? { email, ticket, code: code ?? "" } : { email, password: password ?? "" },
  );

export type TLogInCredentials =
  { email: string; password: string } | { email: string; ticket: string; code: string };

export type TLogInRequest = z.output<typeof ZLogInRequestSchema>;
