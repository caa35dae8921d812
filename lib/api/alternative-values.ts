import "server-only";
import { apiSourceSelect, toApiMoney, toApiSourceRef, type TApiAlternativeValue } from "@/lib/api/fields";
import { publishedWhere } from "@/lib/content/published";
import type { EntryKind } from "@/lib/content/types";
import { prisma } from "@/lib/db";

/**
 * The other values of one page of entries' fields, in one query: a function from an entry's id
 * to them, in their stated order. Those citing a source not yet published are left out, as its
 * citations are.
 */
export async function loadApiAlternativeValues(
  kind: EntryKind,
  entries: readonly { id: string }[],
): Promise<(id: string) => TApiAlternativeValue[]> {
  const bySubject = new Map<string, TApiAlternativeValue[]>();
  if (entries.length > 0) {
    const rows = await prisma.alternativeValue.findMany({
      where: {
        subjectType: kind,
        subjectId: { in: entries.map((e) => e.id) },
        OR: [{ sourceId: null }, { source: publishedWhere() }],
      },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        subjectId: true,
        field: true,
        value: true,
        amountMinor: true,
        currency: true,
        status: true,
        note: true,
        source: { select: apiSourceSelect },
      },
    });
    for (const { subjectId, amountMinor, currency, source, ...row } of rows) {
      bySubject.set(subjectId, [
        ...(bySubject.get(subjectId) ?? []),
        {
          field: row.field,
          value: row.value,
          amount: toApiMoney(amountMinor, currency),
          source: source ? toApiSourceRef(source) : null,
          status: row.status,
          note: row.note,
        },
      ]);
    }
  }
  return (id) => bySubject.get(id) ?? [];
}
