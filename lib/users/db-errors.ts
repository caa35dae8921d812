/** Prisma's "unique constraint failed" (P2002), e.g. two users with one email. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}
