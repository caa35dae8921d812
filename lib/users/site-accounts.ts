import "server-only";
import { prisma } from "@/lib/platform/db";
import type { PrismaClient } from "@/lib/platform/db/client";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changeUserRole } from "@/lib/users/change-user-role";
import { createFirstOwner } from "@/lib/users/create-first-owner";
import { createUser } from "@/lib/users/create-user";
import { disableUser } from "@/lib/users/disable-user";
import { enableUser } from "@/lib/users/enable-user";
import { resetTwoFactor } from "@/lib/users/reset-two-factor";
import { resetUserPassword } from "@/lib/users/reset-user-password";

// The account operations take their database, so that the command line (scripts/user.ts) runs them
// on its own client; the site's actions call them here, on the site's.
const onSiteDb =
  <Args extends unknown[], Result>(operation: (db: PrismaClient, ...args: Args) => Result) =>
  (...args: Args) =>
    operation(prisma, ...args);

export const siteAccounts = {
  createFirstOwner: onSiteDb(createFirstOwner),
  create: onSiteDb(createUser),
  changeRole: onSiteDb(changeUserRole),
  disable: onSiteDb(disableUser),
  enable: onSiteDb(enableUser),
  resetPassword: onSiteDb(resetUserPassword),
  changeOwnPassword: onSiteDb(changeOwnPassword),
  resetTwoFactor: onSiteDb(resetTwoFactor),
};
