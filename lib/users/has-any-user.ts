import "server-only";
import { prisma } from "@/lib/platform/db";

/** Whether the site has an account yet: until it has, /admin/setup makes the first owner. */
export async function hasAnyUser(): Promise<boolean> {
  return (await prisma.user.count()) > 0;
}
