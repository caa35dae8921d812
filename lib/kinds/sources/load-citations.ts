import "server-only";
import { prisma } from "@/lib/platform/db";
import { publishedWhere } from "@/lib/content/published";
import type { CitationView } from "@/lib/content/types";
import { sourceRefSelect, toSourceRef } from "@/lib/kinds/sources/source-ref";
import type { EntryKind } from "@/lib/kinds";

/**
 * The published citations of many entries of one kind, in one query (no N+1).
 * Returns a map from entry id to its citations, in their stated order.
 */
export async function loadCitations(
  kind: EntryKind,
  subjectIds: readonly string[],
): Promise<Map<string, CitationView[]>> {
  const bySubject = new Map<string, CitationView[]>(subjectIds.map((id) => [id, []]));
  if (subjectIds.length === 0) return bySubject;
  const citations = await prisma.citation.findMany({
    where: { subjectType: kind, subjectId: { in: [...subjectIds] }, source: publishedWhere() },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { subjectId: true, claim: true, status: true, source: { select: sourceRefSelect } },
  });
  for (const citation of citations) {
    bySubject.get(citation.subjectId)?.push({
      claim: citation.claim,
      status: citation.status,
      source: toSourceRef(citation.source),
    });
  }
  return bySubject;
}

/** The citations of a single entry. */
export async function loadEntryCitations(kind: EntryKind, subjectId: string): Promise<CitationView[]> {
  return (await loadCitations(kind, [subjectId])).get(subjectId) ?? [];
}
