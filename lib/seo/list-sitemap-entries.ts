import "server-only";
import { cachedQuery, type CacheKind } from "@/lib/cache";
import { CONTENT_KINDS } from "@/lib/content/types";
import { prisma } from "@/lib/db";
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

/**
 * Every public page with when it last changed: the main pages (when any entry they show last
 * changed) and the page of every published entry that has one.
 */
export const listSitemapEntries = cachedQuery(
  "seo:sitemap",
  CONTENT_KINDS,
  async (): Promise<SitemapEntry[]> => {
    const query = {
      where: publishedWhere(),
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
    } as const;
    const [MODEL, ROUND, PARTNERSHIP, ORGANIZATION, EVENT, PRODUCT, PERSON, EXPLAINER, SOURCE] =
      await Promise.all([
        prisma.aiModel.findMany(query),
        prisma.fundingRound.findMany(query),
        prisma.partnership.findMany(query),
        prisma.organization.findMany(query),
        prisma.event.findMany(query),
        prisma.product.findMany(query),
        prisma.person.findMany(query),
        prisma.explainerSection.findMany(query),
        prisma.source.findMany(query),
      ]);
    const rows: Record<CacheKind, Row[]> = {
      MODEL,
      ROUND,
      PARTNERSHIP,
      ORGANIZATION,
      EVENT,
      PRODUCT,
      PERSON,
      EXPLAINER,
      SOURCE,
    };
    const latest = (kinds: readonly CacheKind[]) =>
      kinds
        .flatMap((kind) => rows[kind])
        .map((row) => row.updatedAt.toISOString())
        .sort()
        .at(-1);
    return [
      ...Object.values(MAIN_PAGES).map((page) => ({ path: page.path, lastModified: latest(page.kinds) })),
      ...PAGE_KINDS.flatMap((kind) =>
        rows[kind].map((row) => ({
          path: entryPath(kind, row.slug),
          lastModified: row.updatedAt.toISOString(),
        })),
      ),
    ];
  },
);
