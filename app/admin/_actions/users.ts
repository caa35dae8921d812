"use server";

// Owner-only account management. Every action is a defineAction with role OWNER: the session,
// the role and the input are checked on every call, whichever page posts it.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { siteAccounts } from "@/lib/users/site-accounts";
import { ZChangeUserRoleRequestSchema } from "@/lib/users/change-user-role";
import { ZCreateUserRequestSchema } from "@/lib/users/create-user";
import { ZDisableUserRequestSchema } from "@/lib/users/disable-user";
import { ZEnableUserRequestSchema } from "@/lib/users/enable-user";
import { ZResetUserPasswordRequestSchema } from "@/lib/users/reset-user-password";
import { ZResetTwoFactorRequestSchema } from "@/lib/users/reset-two-factor";
import { clientIp } from "@/lib/auth/throttle";
import { setTwoFactorRequired, ZSetTwoFactorPolicyRequestSchema } from "@/lib/settings/two-factor-policy";

/** The users list shows the change in the same round trip. */
function refreshUsers<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export const createUserAction = defineAction(
  { role: "OWNER", schema: ZCreateUserRequestSchema },
  async (input, { user }) => refreshUsers(await siteAccounts.create(input, user.id)),
);

export const changeUserRoleAction = defineAction(
  { role: "OWNER", schema: ZChangeUserRoleRequestSchema },
  async (input, { user }) => refreshUsers(await siteAccounts.changeRole(input, user.id)),
);

export const disableUserAction = defineAction(
  { role: "OWNER", schema: ZDisableUserRequestSchema },
  async (input, { user }) => refreshUsers(await siteAccounts.disable(input, user.id)),
);

export const enableUserAction = defineAction(
  { role: "OWNER", schema: ZEnableUserRequestSchema },
  async (input, { user }) => refreshUsers(await siteAccounts.enable(input, user.id)),
);

export const resetUserPasswordAction = defineAction(
  { role: "OWNER", schema: ZResetUserPasswordRequestSchema },
  async (input, { user }) => refreshUsers(await siteAccounts.resetPassword(input, user.id)),
);

export const resetTwoFactorAction = defineAction(
  { role: "OWNER", schema: ZResetTwoFactorRequestSchema },
  async (input, { user }) => refreshUsers(await siteAccounts.resetTwoFactor(input, user.id)),
);

/** Owners require (or stop requiring) two-factor sign-in of every user. */
export const setTwoFactorPolicyAction = defineAction(
  { role: "OWNER", schema: ZSetTwoFactorPolicyRequestSchema },
  async (input, { user }) => refreshUsers(await setTwoFactorRequired(input, user, clientIp(await headers()))),
);
