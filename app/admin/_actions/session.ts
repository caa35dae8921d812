"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { actionFailure } from "@/lib/actions/action-failure";
import { type ActionResult, formDataToValues, invalidInput } from "@/lib/actions/action-result";
import { logIn, type LogInOutcome } from "@/lib/auth/log-in";
import { ZLogInRequestSchema } from "@/lib/auth/log-in-request";
import { logOut } from "@/lib/auth/log-out";
import { clientIp } from "@/lib/auth/throttle";
import { t } from "@/lib/i18n";

/**
 * The login form. Without a session by nature, so not a defineAction: the credentials provider
 * behind logIn() throttles and audits every attempt, whoever posts it.
 */
export async function logInAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const submitted = formData instanceof FormData ? formDataToValues(formData) : {};
  // The typed email comes back to the form; the password never does.
  const values = { email: typeof submitted.email === "string" ? submitted.email : "" };
  const parsed = ZLogInRequestSchema.safeParse(submitted);
  if (!parsed.success) {
    return invalidInput(parsed.error, values);
  }
  let outcome: LogInOutcome;
  try {
    outcome = await logIn(parsed.data);
  } catch (error) {
    return actionFailure(error, values, t.accounts.login.databaseUnavailable);
  }
  if (outcome === "throttled") {
    return { ok: false, code: "REFUSED", message: t.accounts.login.throttled, values };
  }
  if (outcome === "wrong-credentials") {
    return { ok: false, code: "UNAUTHENTICATED", message: t.accounts.login.wrongCredentials, values };
  }
  redirect("/admin");
}

/**
 * Ends every session of the signed-in user (see lib/auth/log-out.ts); harmless without one.
 * Without the database the sessions cannot be ended, so the user is told and stays signed in.
 */
export async function logOutAction(): Promise<ActionResult> {
  try {
    await logOut(clientIp(await headers()));
  } catch (error) {
    return actionFailure(error, {}, t.accounts.logoutUnavailable);
  }
  redirect("/admin/login");
}
