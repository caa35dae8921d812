import "server-only";
import { prisma } from "@/lib/platform/db";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

/** Every account, oldest first (the first owner on top). */
export async function listUsers(): Promise<UserSummary[]> {
  const users = await prisma.user.findMany({ orderBy: [{ createdAt: "asc" }, { email: "asc" }] });
  return users.map(toUserSummary);
}
