import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { entryTable } from "@/lib/content/entry-table";
import { publishedWhere } from "@/lib/content/published";
import { MAIN_PAGES } from "@/lib/seo/main-pages";
import { CONTENT_KINDS, KINDS, kindPagePath, shownKinds, type ContentKind } from "@/lib/kinds";
import { adminKinds } from "@/lib/kinds/registry";

export interface SitemapEntry {
  path: string;
  /** ISO; absent for a page that shows nothing yet. */
  lastModified?: string;
}

const newestOf = (dates: readonly (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((newest, date) => (date && (!newest || date > newest) ? date : newest), null);

/**
 * When the published entries that refer to a kind's entries last changed, by entry id: a page
 * shows the rounds and partnerships naming its organization, so a new one changes that page too.
 * Only the referring kinds the page shows count.
 */
async function newestReferrers(kind: (typeof KINDS)[number]): Promise<Map<string, Date>> {
  const newest = new Map<string, Date>();
  const shown = shownKinds(kind);
  for (const owner of Object.values(adminKinds)) {
    if (!owner.entryKind || !shown.includes(owner.entryKind as ContentKind)) continue;
    const table = entryTable(prisma, owner.model);
    const references = (
      await Promise.all(owner.fields.map((field) => field.findReferrers?.(prisma, table, kind.key) ?? []))
    ).flat();
    if (!references.length) continue;
    const published = await table.findMany({
      where: { ...publishedWhere(), id: { in: [...new Set(references.map((r) => r.referrerId))] } },
      select: { id: true, updatedAt: true },
    });
    const updatedAt = new Map(published.map((row) => [row.id, row.updatedAt]));
    for (const { referrerId, targetId } of references) {
      const date = updatedAt.get(referrerId);
      if (date && !(newest.get(targetId)! >= date)) newest.set(targetId, date);
    }
  }
  return newest;
}

/**
 * Every public page with when it last changed: the main pages (when any entry they show last
 * changed) and the page of every published entry that has one (lib/kinds says which kinds do),
 * dated by its own change or that of a published entry it shows that refers to it.
 */
export const listSitemapEntries = cachedQuery(
  "seo:sitemap",
  CONTENT_KINDS,
  async (): Promise<SitemapEntry[]> => {
    const where = publishedWhere();
    const perKind = await Promise.all(
      KINDS.map(async (kind) => {
        const table = entryTable(prisma, kind.model);
        if (kind.page.type !== "own") {
          // Kinds without pages of their own only date the main pages that show them.
          const newest = await table.findFirst({
            where,
            select: { updatedAt: true },
            orderBy: { updatedAt: "desc" },
          });
          return { kind, pages: [], newest: newest?.updatedAt ?? null };
        }
        const [rows, referrers] = await Promise.all([
          table.findMany({
            where,
            select: { id: true, slug: true, updatedAt: true },
            orderBy: { slug: "asc" },
          }),
          newestReferrers(kind),
        ]);
        const pages = rows.map((row) => ({
          path: kindPagePath(kind.page, String(row.slug)),
          lastModified: newestOf([row.updatedAt, referrers.get(row.id) ?? null])!.toISOString(),
        }));
        return { kind, pages, newest: newestOf(rows.map((row) => row.updatedAt)) };
      }),
    );
    const newestByKind = new Map(perKind.map(({ kind, newest }) => [kind.code as ContentKind, newest]));
    return [
      ...Object.values(MAIN_PAGES).map((page) => ({
        path: page.path,
        lastModified: newestOf(page.kinds.map((kind) => newestByKind.get(kind) ?? null))?.toISOString(),
      })),
      ...perKind.flatMap(({ pages }) => pages),
    ];
  },
);
