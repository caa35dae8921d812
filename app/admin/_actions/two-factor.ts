"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { clientIp, isLoginThrottled } from "@/lib/auth/throttle";
import { t } from "@/lib/i18n";
import {
  disableTwoFactor,
  enableTwoFactor,
  ZDisableTwoFactorRequestSchema,
  ZEnableTwoFactorRequestSchema,
} from "@/lib/users/two-factor-enrolment";

/**
 * A signed-in user confirms the secret shown on /admin/two-factor with a code; the answer holds
 * the recovery codes, shown once. A wrong code here proves nothing (the user is signed in
 * already), so it is only refused.
 */
export const enableTwoFactorAction = defineAction(
  { role: "EDITOR", schema: ZEnableTwoFactorRequestSchema, twoFactorSetup: true },
  async (input, { user }) => enableTwoFactor(user.id, input, clientIp(await headers())),
);

/** Turning it off takes the password and a code, throttled and audited like a sign-in. */
export const disableTwoFactorAction = defineAction(
  { role: "EDITOR", schema: ZDisableTwoFactorRequestSchema },
  async (input, { user }) => {
    const ip = clientIp(await headers());
    if (await isLoginThrottled(user.email, ip)) {
      return { ok: false, code: "REFUSED", message: t.accounts.login.throttled };
    }
    const result = await disableTwoFactor(user.id, input, ip);
    if (!result.ok) return result;
    redirect("/admin/account?two-factor=off");
  },
);
