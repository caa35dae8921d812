import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { entryTable } from "@/lib/content/entry-table";
import { publishedWhere } from "@/lib/content/published";
import { MAIN_PAGES } from "@/lib/seo/main-pages";
import { CONTENT_KINDS, KINDS, kindPagePath, type ContentKind } from "@/lib/kinds";

export interface SitemapEntry {
  path: string;
  /** ISO; absent for a page that shows nothing yet. */
  lastModified?: string;
}

const newestOf = (dates: readonly (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((newest, date) => (date && (!newest || date > newest) ? date : newest), null);

/**
 * Every public page with when it last changed: the main pages (when any entry they show last
 * changed) and the page of every published entry that has one (lib/kinds says which kinds do).
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
        const rows = await table.findMany({
          where,
          select: { slug: true, updatedAt: true },
          orderBy: { slug: "asc" },
        });
        const pages = rows.map((row) => ({
          path: kindPagePath(kind.page, String(row.slug)),
          lastModified: row.updatedAt.toISOString(),
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
