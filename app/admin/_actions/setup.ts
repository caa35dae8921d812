"use server";

import { redirect } from "next/navigation";
import { actionFailure } from "@/lib/actions/action-failure";
import { type ActionResult, formDataToValues, invalidInput } from "@/lib/actions/action-result";
import { logIn, type LogInOutcome } from "@/lib/auth/log-in";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";
import { createFirstOwner, ZCreateFirstOwnerRequestSchema } from "@/lib/users/create-first-owner";
import { hasAnyUser } from "@/lib/users/has-any-user";

/**
 * Makes the first owner of a fresh site, then signs them in. Necessarily without a session, so
 * not a defineAction: it refuses as soon as any user exists, first here, then again inside the
 * transaction that creates the owner.
 */
export async function setUpFirstOwnerAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const submitted = formData instanceof FormData ? formDataToValues(formData) : {};
  const values = {
    name: typeof submitted.name === "string" ? submitted.name : "",
    email: typeof submitted.email === "string" ? submitted.email : "",
  };
  let outcome: LogInOutcome;
  // Every step reads or writes the database: when it is busy (SQLITE_BUSY while another process's
  // setup holds it) or out of reach, the form says so and keeps what was typed.
  try {
    if (await hasAnyUser()) return { ok: false, code: "REFUSED", message: t.accounts.setup.closed, values };
    const parsed = ZCreateFirstOwnerRequestSchema.safeParse(submitted);
    if (!parsed.success) {
      return invalidInput(parsed.error, values);
    }
    const result = await createFirstOwner(prisma, parsed.data);
    if (!result.ok) return { ...result, values };
    outcome = await logIn({ email: parsed.data.email, password: parsed.data.password });
  } catch (error) {
    return actionFailure(error, values);
  }
  redirect(outcome === "signed-in" ? "/admin" : "/admin/login");
}
