import "server-only";
import { cachedQuery, type CacheKind } from "@/lib/platform/cache/cached-query";
import { CONTENT_KINDS } from "@/lib/content/types";
import { prisma } from "@/lib/platform/db";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import { MAIN_PAGES } from "@/lib/seo/main-pages";
import type { PageKind } from "@/lib/seo/page-metadata";

export interface SitemapEntry {
  path: string;
  /** ISO; absent for a page that shows nothing yet. */
  lastModified?: string;
}

type Row = { slug: string; updatedAt: Date };

const PAGE_KINDS: readonly PageKind[] = ["MODEL", "ROUND", "PARTNERSHIP", "ORGANIZATION", "EVENT"];

const newestOf = (dates: readonly (Date | null)[]): Date | null =>
  dates.reduce<Date | null>((newest, date) => (date && (!newest || date > newest) ? date : newest), null);

/**
 * Every public page with when it last changed: the main pages (when any entry they show last
 * changed) and the page of every published entry that has one.
 */
export const listSitemapEntries = cachedQuery(
  "seo:sitemap",
  CONTENT_KINDS,
  async (): Promise<SitemapEntry[]> => {
    const where = publishedWhere();
    const pages = { where, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } } as const;
    // Kinds without pages of their own only date the main pages that show them.
    const newest = { where, _max: { updatedAt: true } } as const;
    const [MODEL, ROUND, PARTNERSHIP, ORGANIZATION, EVENT, products, people, explainer, sources] =
      await Promise.all([
        prisma.aiModel.findMany(pages),
        prisma.fundingRound.findMany(pages),
        prisma.partnership.findMany(pages),
        prisma.organization.findMany(pages),
        prisma.event.findMany(pages),
        prisma.product.aggregate(newest),
        prisma.person.aggregate(newest),
        prisma.explainerSection.aggregate(newest),
        prisma.source.aggregate(newest),
      ]);
    const rows: Record<PageKind, Row[]> = { MODEL, ROUND, PARTNERSHIP, ORGANIZATION, EVENT };
    const newestByKind: Record<CacheKind, Date | null> = {
      ...(Object.fromEntries(
        PAGE_KINDS.map((kind) => [kind, newestOf(rows[kind].map((row) => row.updatedAt))]),
      ) as Record<PageKind, Date | null>),
      PRODUCT: products._max.updatedAt,
      PERSON: people._max.updatedAt,
      EXPLAINER: explainer._max.updatedAt,
      SOURCE: sources._max.updatedAt,
    };
    return [
      ...Object.values(MAIN_PAGES).map((page) => ({
        path: page.path,
        lastModified: newestOf(page.kinds.map((kind) => newestByKind[kind]))?.toISOString(),
      })),
      ...PAGE_KINDS.flatMap((kind) =>
        rows[kind].map((row) => ({
          path: entryPath(kind, row.slug),
          lastModified: row.updatedAt.toISOString(),
        })),
      ),
    ];
  },
);
