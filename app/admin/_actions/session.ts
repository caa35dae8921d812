"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { definePublicAction } from "@/lib/actions/define-action";
import { logIn } from "@/lib/auth/log-in";
import { ZLogInRequestSchema } from "@/lib/auth/log-in-request";
import { logOut } from "@/lib/auth/log-out";
import { clientIp } from "@/lib/auth/throttle";
import { t } from "@/lib/i18n";

/**
 * The login form. Without a session by nature: the credentials provider behind logIn()
 * throttles and audits every attempt, whoever posts it. The typed email comes back to the form;
 * the password never does.
 */
export const logInAction = definePublicAction(
  {
    schema: ZLogInRequestSchema,
    echo: ["email", "ticket"],
    unavailableMessage: t.accounts.login.databaseUnavailable,
  },
  async (credentials, { values }): Promise<ActionResult<{ ticket: string; email: string }>> => {
    const outcome = await logIn(credentials);
    const tf = t.accounts.twoFactor;
    switch (outcome.kind) {
      case "signed-in":
        redirect("/admin");
      case "second-factor":
        // The form's second step: the email and this ticket, never the password.
        return {
          ok: true,
          data: { ticket: outcome.ticket, email: credentials.email },
          message: tf.codeStepIntro,
        };
      case "throttled":
        return { ok: false, code: "REFUSED", message: t.accounts.login.throttled, values };
      case "wrong-code":
        return {
          ok: false,
          code: "UNAUTHENTICATED",
          message: tf.wrongCode,
          fieldErrors: { code: [tf.wrongCode] },
          values,
        };
      case "ticket-expired":
        return {
          ok: false,
          code: "UNAUTHENTICATED",
          message: tf.ticketExpired,
          values: { email: credentials.email },
        };
      case "wrong-credentials":
        return { ok: false, code: "UNAUTHENTICATED", message: t.accounts.login.wrongCredentials, values };
    }
  },
);

/**
 * Ends every session of the signed-in user (see lib/auth/log-out.ts); harmless without one.
 * Without the database the sessions cannot be ended, so the user is told and stays signed in.
 */
export const logOutAction = definePublicAction(
  { schema: z.object({}), unavailableMessage: t.accounts.logoutUnavailable },
  async () => {
    await logOut(clientIp(await headers()));
    redirect("/admin/login");
  },
);
