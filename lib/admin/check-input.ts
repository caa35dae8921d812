import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { entryTable } from "@/lib/content/entry-table";
import { adminKinds } from "@/lib/admin/kinds";
import { prisma } from "@/lib/platform/db";
import { CONTROL_CHARACTERS } from "@/lib/format/control-characters";
import { t } from "@/lib/i18n";

const e = t.admin.errors;

/** Longer than any unique field (a slug, a URL) allows. */
const LOOKUP_MAX = 2048;

/** The columns of the entry's own row, from its parsed fields. */
export function collectColumns(kind: AdminKind, input: Record<string, unknown>): Record<string, unknown> {
  return Object.assign({}, ...kind.fields.map((field) => field.columns?.(input[field.name]) ?? {}));
}

/**
 * What the schema cannot know, as messages beside the fields: a slug (or URL) another entry
 * already uses, and references to entries that no longer exist or to the entry itself.
 */
export async function checkInput(
  kind: AdminKind,
  input: Record<string, unknown>,
  entryId: string | null,
): Promise<Record<string, string[]>> {
  const errors = await findTakenValues(kind, collectColumns(kind, input), entryId);
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  for (const field of kind.fields) {
    for (const { target, ids } of field.referencedIds?.(input[field.name]) ?? []) {
      if (ids.length === 0) continue;
      if (target === kind.key && entryId && ids.includes(entryId)) add(field.name, e.selfReference);
      const found = await entryTable(prisma, adminKinds[target].model).findMany({
        where: { id: { in: ids } },
        select: { id: true },
      });
      if (found.length < new Set(ids).size) add(field.name, e.referenceMissing);
    }
  }
  return errors;
}

/** A message beside each unique column (a slug, a source's URL) whose value another entry has. */
async function findTakenValues(
  kind: AdminKind,
  columns: Record<string, unknown>,
  entryId: string | null,
): Promise<Record<string, string[]>> {
  const errors: Record<string, string[]> = {};
  const table = entryTable(prisma, kind.model);
  for (const column of kind.uniqueColumns) {
    const value = columns[column];
    if (value === null || value === undefined || value === "") continue;
    const other = await table.findFirst({
      where: { [column]: value, ...(entryId ? { NOT: { id: entryId } } : {}) },
      select: { id: true, ...kind.titleSelect },
    });
    if (other) {
      const label = kind.fields.find((f) => f.name === column)?.label ?? column;
      errors[column] = [e.valueTaken(label, kind.titleOf(other))];
    }
  }
  return errors;
}

/**
 * The same for a form the schema refused: each unique value as typed, so a taken slug shows
 * beside the other problems of the same save, not after they are fixed.
 */
export async function findTakenValuesAsTyped(
  kind: AdminKind,
  submitted: Record<string, unknown>,
  entryId: string | null,
): Promise<Record<string, string[]>> {
  // Only what could be stored: a value with control characters (PostgreSQL refuses NUL even in a
  // query) or longer than any field allows is the schema's to refuse, not a value to look up.
  const typed = Object.fromEntries(
    kind.uniqueColumns.flatMap((column) => {
      const value = submitted[column];
      if (typeof value !== "string") return [];
      const trimmed = value.trim();
      return trimmed && trimmed.length <= LOOKUP_MAX && !CONTROL_CHARACTERS.test(trimmed)
        ? [[column, trimmed]]
        : [];
    }),
  );
  return findTakenValues(kind, typed, entryId);
}
