import "server-only";
import { toApiMoney, toApiSourceRef, type TApiAlternativeValue } from "@/lib/api/fields";
import { findAlternativeValueRows } from "@/lib/claims/load-alternative-values";
import type { EntryKind } from "@/lib/kinds";

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
  const rows =
    entries.length > 0
      ? await findAlternativeValueRows(
          kind,
          entries.map((e) => e.id),
        )
      : [];
  for (const { subjectId, amountMinor, currency, source, field, value, status, note } of rows) {
    bySubject.set(subjectId, [
      ...(bySubject.get(subjectId) ?? []),
      {
        field,
        value,
        amount: toApiMoney(amountMinor, currency),
        source: source ? toApiSourceRef(source) : null,
        status,
        note,
      },
    ]);
  }
  return (id) => bySubject.get(id) ?? [];
}
