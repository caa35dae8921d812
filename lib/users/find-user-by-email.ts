import type { PrismaClient } from "@/lib/platform/db/client";
import { toUserSummary, type UserSummary } from "@/lib/users/user-summary";

/** The user with this (normalised) address, or null; the CLI names users by email. */
export async function findUserByEmail(db: PrismaClient, email: string): Promise<UserSummary | null> {
  const user = await db.user.findUnique({ where: { email } });
  return user ? toUserSummary(user) : null;
}
