import { z } from "zod";
import { t } from "@/lib/i18n";
import { ZUserEmailSchema } from "@/lib/users/user-fields";

const tf = t.accounts.twoFactor;

/**
 * The login form, in either of its steps: email and password, then (for an account with
 * two-factor sign-in) the email again, the ticket the first step earned and a code. Any
 * non-empty password is accepted here: the length policy is for new passwords, and the answer
 * to a wrong one must not differ from any other wrong one.
 */
export const ZLogInRequestSchema = z
  .object({
    email: ZUserEmailSchema,
    password: z
      .string({ error: t.accounts.validation.passwordRequired })
      .max(256, t.accounts.login.wrongCredentials)
      .optional(),
    ticket: z.string({ error: tf.ticketExpired }).max(200, tf.ticketExpired).optional(),
    code: z.string({ error: tf.wrongCode }).trim().max(32, tf.wrongCode).optional(),
  })
  // Both checks run even when another field failed, so that every field's problem is named.
  .refine((input) => Boolean(secondStep(input) || input?.password), {
    path: ["password"],
    message: t.accounts.validation.passwordRequired,
    when: () => true,
  })
  .refine((input) => !secondStep(input) || Boolean(input?.code), {
    path: ["code"],
    message: tf.codeRequired,
    when: () => true,
  })
  .transform(({ email, password, ticket, code }): TLogInCredentials =>
    ticket ? { email, ticket, code: code ?? "" } : { email, password: password ?? "" },
  );

const secondStep = (input: { ticket?: unknown } | undefined) =>
  typeof input?.ticket === "string" && input.ticket.length > 0;

export type TLogInCredentials =
  { email: string; password: string } | { email: string; ticket: string; code: string };

export type TLogInRequest = z.output<typeof ZLogInRequestSchema>;
