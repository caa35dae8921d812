import "server-only";
import { apiSourceSelect, toApiSourceRef, type TApiCitation } from "@/lib/api/fields";
import { publishedWhere } from "@/lib/content/published";
import { prisma } from "@/lib/platform/db";
import type { EntryKind } from "@/lib/kinds";

/**
 * The published citations of one page of entries, in one query: a function from an entry's id
 * to its citations, in their stated order.
 */
export async function loadApiCitations(
  kind: EntryKind,
  entries: readonly { id: string }[],
): Promise<(id: string) => TApiCitation[]> {
  const bySubject = new Map<string, TApiCitation[]>();
  if (entries.length > 0) {
    const citations = await prisma.citation.findMany({
      where: { subjectType: kind, subjectId: { in: entries.map((e) => e.id) }, source: publishedWhere() },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { subjectId: true, claim: true, status: true, source: { select: apiSourceSelect } },
    });
    for (const { subjectId, claim, status, source } of citations) {
      bySubject.set(subjectId, [
        ...(bySubject.get(subjectId) ?? []),
        { claim, status, source: toApiSourceRef(source) },
      ]);
    }
  }
  return (id) => bySubject.get(id) ?? [];
}
