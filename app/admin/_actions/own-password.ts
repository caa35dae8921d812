"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { logIn } from "@/lib/auth/log-in";
import { clientIp, isLoginThrottled } from "@/lib/auth/throttle";
import { t } from "@/lib/i18n";
import { ZChangeOwnPasswordRequestSchema } from "@/lib/users/change-own-password";
import { siteAccounts } from "@/lib/users/site-accounts";

/**
 * Any signed-in user changes their password. Proving the current password is a sign-in in all
 * but name, so it is throttled and audited like one (a stolen session must not guess it).
 */
export const changeOwnPasswordAction = defineAction(
  { role: "EDITOR", schema: ZChangeOwnPasswordRequestSchema },
  async (input, { user }) => {
    const ip = clientIp(await headers());
    if (await isLoginThrottled(user.email, ip)) {
      return { ok: false, code: "REFUSED", message: t.accounts.login.throttled };
    }
    const result = await siteAccounts.changeOwnPassword(user.id, input);
    if (!result.ok) {
      if (result.fieldErrors?.currentPassword) {
        await recordAudit("LOGIN_FAILED", {
          actorId: user.id,
          targetUserId: user.id,
          email: user.email,
          ip,
          detail: t.accounts.auditDetails.currentPasswordWrong,
        });
      }
      return result;
    }
    // Every session of the user has ended, this browser's too: sign it in again with the new
    // password, then redirect, so the page renders with the new session cookie (a re-render
    // within this action's response would still read the old one from the request). An account
    // with two-factor sign-in signs in again with a code, on the login page.
    const outcome = await logIn({ email: user.email, password: input.newPassword });
    redirect(
      outcome.kind === "signed-in" ? "/admin/account?changed=1" : "/admin/login?reason=password-changed",
    );
  },
);
