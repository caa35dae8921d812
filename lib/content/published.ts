/**
 * The one rule for what readers see: published, and not scheduled for later.
 * Spread into any Prisma `where` of an entry kind.
 */
export function publishedWhere(now: Date = new Date()) {
  return {
    status: "PUBLISHED" as const,
    OR: [{ publishedAt: null }, { publishedAt: { lte: now } }],
  };
}

/** The same rule for an entry already loaded (e.g. the target of an optional relation). */
export function isPublished(
  entry: { status: string; publishedAt: Date | null },
  now: Date = new Date(),
): boolean {
  return entry.status === "PUBLISHED" && (entry.publishedAt === null || entry.publishedAt <= now);
}
