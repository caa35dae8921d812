import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import type { CitationView } from "@/lib/content/types";
import { prisma } from "@/lib/platform/db";
import { sourceRefSelect, toSourceRef } from "@/lib/kinds/sources/source-ref";

/** An entry's citations as readers' pages show them, unpublished sources included (for previews). */
export async function loadPreviewCitations(kind: AdminKind, id: string): Promise<CitationView[]> {
  if (!kind.entryKind) return [];
  const citations = await prisma.citation.findMany({
    where: { subjectType: kind.entryKind, subjectId: id },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { claim: true, status: true, source: { select: sourceRefSelect } },
  });
  return citations.map((c) => ({ claim: c.claim, status: c.status, source: toSourceRef(c.source) }));
}
