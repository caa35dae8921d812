import "server-only";
import { cachedQuery } from "@/lib/cache";
import { prisma } from "@/lib/db";
import { publishedWhere } from "@/lib/content/published";
import { entryKey, resolveEntries } from "@/lib/content/resolve-entries";
import type { EntryRef, SourceRef } from "@/lib/content/types";
import { sourceRefSelect, toSourceRef } from "@/lib/sources/source-ref";

export interface SourceWithCiters extends SourceRef {
  language: string;
  citedBy: EntryRef[];
}

/** The bibliography: every published source, newest first, with the entries that cite it. */
export const listSources = cachedQuery(
  "sources:list",
  ["SOURCE", "ORGANIZATION", "PERSON", "MODEL", "PRODUCT", "ROUND", "PARTNERSHIP", "EVENT", "EXPLAINER"],
  async (): Promise<SourceWithCiters[]> => {
    const sources = await prisma.source.findMany({
      where: publishedWhere(),
      orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { publisher: "asc" }, { title: "asc" }],
      select: {
        ...sourceRefSelect,
        language: true,
        citations: { select: { subjectType: true, subjectId: true }, orderBy: { position: "asc" } },
      },
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
      return { ...toSourceRef(source), language: source.language, citedBy: [...citedBy.values()] };
    });
  },
);
