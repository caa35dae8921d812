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

type SitemapKind = (typeof KINDS)[number];

/** When each published entry of each kind last changed, by kind and id: read once for the map. */
type PublishedDates = Map<ContentKind, Map<string, Date>>;

/**
 * When the published entries that refer to a kind's entries last changed, by entry id: a page
 * shows the rounds and partnerships naming its organization, so a new one changes that page too.
 * Only the referring kinds the page shows count.
 */
async function newestReferrers(kind: SitemapKind, published: PublishedDates): Promise<Map<string, Date>> {
  const newest = new Map<string, Date>();
  const shown = shownKinds(kind);
  for (const owner of Object.values(adminKinds)) {
    const code = owner.entryKind as ContentKind | null;
    if (!code || !shown.includes(code)) continue;
    const table = entryTable(prisma, owner.model);
    const dates = published.get(code)!;
    for (const field of owner.fields) {
      for (const { referrerId, targetId } of (await field.findReferrers?.(prisma, table, kind.key)) ?? []) {
        const date = newestOf([newest.get(targetId) ?? null, dates.get(referrerId) ?? null]);
        if (date) newest.set(targetId, date);
      }
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
    const rowsByKind = await Promise.all(
      KINDS.map(async (kind) => ({
        kind,
        rows: await entryTable(prisma, kind.model).findMany({
          where,
          select: { id: true, slug: true, updatedAt: true },
          orderBy: { slug: "asc" },
        }),
      })),
    );
    const published: PublishedDates = new Map(
      rowsByKind.map(({ kind, rows }) => [
        kind.code as ContentKind,
        new Map(rows.map((row) => [row.id, row.updatedAt])),
      ]),
    );
    const pages = await Promise.all(
      rowsByKind.map(async ({ kind, rows }) => {
        // Kinds without pages of their own only date the main pages that show them.
        if (kind.page.type !== "own") return [];
        const referrers = await newestReferrers(kind, published);
        return rows.map((row) => ({
          path: kindPagePath(kind.page, String(row.slug)),
          lastModified: newestOf([row.updatedAt, referrers.get(row.id) ?? null])!.toISOString(),
        }));
      }),
    );
    const newestOfKind = (kind: ContentKind) => newestOf([...(published.get(kind)?.values() ?? [])]);
    return [
      ...Object.values(MAIN_PAGES).map((page) => ({
        path: page.path,
        lastModified: newestOf(page.kinds.map(newestOfKind))?.toISOString(),
      })),
      ...pages.flat(),
    ];
  },
);
