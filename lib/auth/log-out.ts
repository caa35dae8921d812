import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prisma } from "@/lib/platform/db";

/** Ends every session of the current user (the session version moves on) and clears the cookie. */
export async function logOut(ip: string): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit("LOGGED_OUT", { actorId: user.id, targetUserId: user.id, email: user.email, ip });
  }
  await signOut({ redirect: false });
}
