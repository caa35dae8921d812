import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { shownKinds } from "@/lib/kinds";
import { sources } from "@/lib/kinds/sources/kind";
import type { AnchoredList } from "@/lib/content/list-anchor";
import { LIST_PAGE_SIZE, queryPage, type PageOf } from "@/lib/content/paginate";
import { publishedWhere } from "@/lib/content/published";
import { entryKey, resolveEntries } from "@/lib/content/resolve-entries";
import type { EntryRef, SourceRef } from "@/lib/content/types";
import { sourceRefSelect, toSourceRef } from "@/lib/kinds/sources/source-ref";

/**
 * Citing entries named per source. A source that much of the site cites (a company blog, say)
 * would otherwise turn its line of the bibliography into a page of its own; each entry still
 * lists its sources.
 */
export const CITERS_SHOWN = 8;

export interface SourceWithCiters extends SourceRef {
  language: string;
  /** The first CITERS_SHOWN published entries that cite it, in citation order. */
  citedBy: EntryRef[];
  /** How many published entries cite it. */
  citedByCount: number;
}

/** What `/sources` shows, in its order: its pages and the anchors' page numbers read the same. */
const listed = () => ({ where: publishedWhere(), orderBy: [...sources.order] });

/** `/sources`: each source under an anchor of its slug. */
export const SOURCES_LIST: AnchoredList = {
  path: "/sources",
  pageSize: LIST_PAGE_SIZE,
  entries: () => prisma.source.findMany({ ...listed(), select: { slug: true } }),
};

/** One page of the bibliography: published sources, newest first, with the entries that cite them. */
export const listSources = cachedQuery(
  "sources:list",
  shownKinds(sources),
  async (page: number): Promise<PageOf<SourceWithCiters>> => {
    const { where, orderBy } = listed();
    return queryPage(
      page,
      () => prisma.source.count({ where }),
      async (window) => {
        const sources = await prisma.source.findMany({
          where,
          orderBy,
          select: {
            ...sourceRefSelect,
            language: true,
            citations: { select: { subjectType: true, subjectId: true }, orderBy: { position: "asc" } },
          },
          ...window,
        });
        const entries = await resolveEntries(
          sources.flatMap((s) => s.citations.map((c) => ({ kind: c.subjectType, id: c.subjectId }))),
        );
        return sources.map((source) => {
          const citedBy = new Map<string, EntryRef>();
          for (const c of source.citations) {
            const entry = entries.get(entryKey(c.subjectType, c.subjectId));
            if (entry) citedBy.set(entry.href, entry);
          }
          const all = [...citedBy.values()];
          return {
            ...toSourceRef(source),
            language: source.language,
            citedBy: all.slice(0, CITERS_SHOWN),
            citedByCount: all.length,
          };
        });
      },
      SOURCES_LIST.pageSize,
    );
  },
);
