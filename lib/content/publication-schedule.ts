import "server-only";
import type { PublicationSchedule } from "@/lib/content/publication-epoch";
import { KINDS } from "@/lib/kinds";
import { prisma } from "@/lib/platform/db";

/** What the schedule needs of every table of entries (all share status and publishedAt). */
interface PublishedTable {
  findFirst(args: object): Promise<{ publishedAt: Date | null } | null>;
  findMany(args: object): Promise<{ publishedAt: Date | null }[]>;
}

// Every kind's table (lib/kinds), so that a new kind's scheduled entries go live too. The
// delegates share these methods but no common type; only the shared columns are read.
const tables = () => KINDS.map((kind) => prisma[kind.model] as unknown as PublishedTable);

export async function loadPublicationSchedule(now: Date = new Date()): Promise<PublicationSchedule> {
  const select = { publishedAt: true };
  const perTable = await Promise.all(
    tables().map(async (table) => {
      const [past, future] = await Promise.all([
        table.findFirst({
          where: { status: "PUBLISHED", publishedAt: { lte: now } },
          orderBy: { publishedAt: "desc" },
          select,
        }),
        table.findMany({ where: { status: "PUBLISHED", publishedAt: { gt: now } }, select }),
      ]);
      return {
        past: past?.publishedAt?.getTime() ?? null,
        future: future.map((r) => r.publishedAt!.getTime()),
      };
    }),
  );
  const past = perTable.flatMap((t) => (t.past === null ? [] : [t.past]));
  return {
    latestPast: past.length ? Math.max(...past) : null,
    upcoming: perTable.flatMap((t) => t.future).sort((a, b) => a - b),
  };
}
