import "server-only";
import { adminKinds } from "@/lib/kinds/registry";
import { toMoney } from "@/lib/content/convert";
import { publishedWhere } from "@/lib/content/published";
import type { AlternativeValueView } from "@/lib/content/types";
import { prisma } from "@/lib/platform/db";
import { sourceRefSelect, toSourceRef } from "@/lib/kinds/sources/source-ref";
import type { EntryKind } from "@/lib/kinds";

/** A field's label as its kind describes it (the admin's description is the one truth of fields). */
function fieldLabel(kind: EntryKind, field: string): string {
  const owner = Object.values(adminKinds).find((k) => k.entryKind === kind);
  return owner?.fields.find((f) => f.name === field)?.label ?? field;
}

/**
 * The other values given for fields of many entries of one kind, in one query, in their stated
 * order, with what both the pages and the API show of their sources. Readers see those without
 * a source or with a published one, like citations; a preview (`drafts`) also those citing a
 * source not yet public.
 */
export function findAlternativeValueRows(
  kind: EntryKind,
  subjectIds: readonly string[],
  { drafts = false } = {},
) {
  return prisma.alternativeValue.findMany({
    where: {
      subjectType: kind,
      subjectId: { in: [...subjectIds] },
      ...(drafts ? {} : { OR: [{ sourceId: null }, { source: publishedWhere() }] }),
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
      source: { select: { ...sourceRefSelect, language: true } },
    },
  });
}

/** The other values of many entries of one kind, as pages show them: a map from an entry's id. */
export async function loadAlternativeValues(
  kind: EntryKind,
  subjectIds: readonly string[],
  options: { drafts?: boolean } = {},
): Promise<Map<string, AlternativeValueView[]>> {
  const bySubject = new Map<string, AlternativeValueView[]>(subjectIds.map((id) => [id, []]));
  if (subjectIds.length === 0) return bySubject;
  for (const row of await findAlternativeValueRows(kind, subjectIds, options)) {
    bySubject.get(row.subjectId)?.push({
      field: row.field,
      fieldLabel: fieldLabel(kind, row.field),
      value: row.value,
      amount: toMoney(row.amountMinor, row.currency),
      source: row.source ? toSourceRef(row.source) : null,
      status: row.status,
      note: row.note,
    });
  }
  return bySubject;
}

/** The other values of a single entry's fields. */
export async function loadEntryAlternativeValues(
  kind: EntryKind,
  subjectId: string,
  options: { drafts?: boolean } = {},
): Promise<AlternativeValueView[]> {
  return (await loadAlternativeValues(kind, [subjectId], options)).get(subjectId) ?? [];
}
