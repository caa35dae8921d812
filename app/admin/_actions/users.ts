"use server";

// Owner-only account management. Every action is a defineAction with role OWNER: the session,
// the role and the input are checked on every call, whichever page posts it.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { siteAccounts } from "@/lib/users/site-accounts";
import { ZChangeUserRoleRequestSchema } from "@/lib/users/change-user-role";
import { ZCreateUserRequestSchema } from "@/lib/users/create-user";
import { ZDisableUserRequestSchema } from "@/lib/users/disable-user";
import { ZEnableUserRequestSchema } from "@/lib/users/enable-user";
import { ZResetUserPasswordRequestSchema } from "@/lib/users/reset-user-password";

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
