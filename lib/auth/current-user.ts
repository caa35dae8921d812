import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import { prisma } from "@/lib/platform/db";
import { isTwoFactorRequired } from "@/lib/settings/two-factor-policy";
import type { Role } from "@/lib/generated/prisma/enums";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Whether the user signs in with a second factor (lib/auth/two-factor/). */
  twoFactor: boolean;
}

/**
 * The signed-in user of this request, or null. The session is only a claim: the user must still
 * exist, be enabled, and carry the same session version (logout, disabling and a password
 * change bump it), checked against the database on every request.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.userId) return null;
  const user = await prisma.user.findUnique({ where: { id: session.userId } });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    twoFactor: Boolean(user.totpEnabledAt),
  };
});

/** Whether a role may do what `required` allows: owners may do everything editors may. */
export function hasRole(user: SessionUser, required: Role): boolean {
  return required === "EDITOR" ? user.role === "EDITOR" || user.role === "OWNER" : user.role === "OWNER";
}

/**
 * Whether the policy sends this user to set up two-factor sign-in before anything else: owners
 * require it and the user has none. Pages (requireUser) and actions (defineAction) both ask;
 * only the setup itself (`twoFactorSetup`) is exempt.
 */
export async function mustSetUpTwoFactor(user: SessionUser, twoFactorSetup: boolean): Promise<boolean> {
  return !twoFactorSetup && !user.twoFactor && (await isTwoFactorRequired());
}

/**
 * For admin pages: the user, or off to the login page (or a 403 page for the wrong role). When
 * owners require two-factor sign-in, a user without it is sent to set it up first; only that
 * page itself passes `twoFactorSetup`.
 */
export async function requireUser(
  required: Role = "EDITOR",
  { twoFactorSetup = false }: { twoFactorSetup?: boolean } = {},
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/login");
  if (await mustSetUpTwoFactor(user, twoFactorSetup)) {
    redirect("/admin/two-factor?required=1");
  }
  if (!hasRole(user, required)) redirect("/admin?forbidden=1");
  return user;
}
