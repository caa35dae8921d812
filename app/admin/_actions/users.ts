"use server";

// Owner-only account management. Every action is a defineAction with role OWNER: the session,
// the role and the input are checked on every call, whichever page posts it.
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/action-result";
import { prisma } from "@/lib/platform/db";
import { changeUserRole, ZChangeUserRoleRequestSchema } from "@/lib/users/change-user-role";
import { createUser, ZCreateUserRequestSchema } from "@/lib/users/create-user";
import { disableUser, ZDisableUserRequestSchema } from "@/lib/users/disable-user";
import { enableUser, ZEnableUserRequestSchema } from "@/lib/users/enable-user";
import { resetUserPassword, ZResetUserPasswordRequestSchema } from "@/lib/users/reset-user-password";

/** The users list shows the change in the same round trip. */
function refreshUsers<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export const createUserAction = defineAction(
  { role: "OWNER", schema: ZCreateUserRequestSchema },
  async (input, { user }) => refreshUsers(await createUser(prisma, input, user.id)),
);

export const changeUserRoleAction = defineAction(
  { role: "OWNER", schema: ZChangeUserRoleRequestSchema },
  async (input, { user }) => refreshUsers(await changeUserRole(prisma, input, user.id)),
);

export const disableUserAction = defineAction(
  { role: "OWNER", schema: ZDisableUserRequestSchema },
  async (input, { user }) => refreshUsers(await disableUser(prisma, input, user.id)),
);

export const enableUserAction = defineAction(
  { role: "OWNER", schema: ZEnableUserRequestSchema },
  async (input, { user }) => refreshUsers(await enableUser(prisma, input, user.id)),
);

export const resetUserPasswordAction = defineAction(
  { role: "OWNER", schema: ZResetUserPasswordRequestSchema },
  async (input, { user }) => refreshUsers(await resetUserPassword(prisma, input, user.id)),
);
