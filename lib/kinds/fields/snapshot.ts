import type { FormValues } from "@/lib/actions/action-result";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import type { Db } from "@/lib/content/entry-table";
import type { Snapshot } from "@/lib/kinds/fields/field";
import { entryTable } from "@/lib/content/entry-table";

/** A value as JSON: BigInt as its decimal string, dates as ISO instants. */
export function toJsonSafe(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, toJsonSafe(v)]));
  }
  return value;
}

/** An entry's full state: its row, its join rows and citations, as JSON. Null when it is gone. */
export async function loadSnapshot(kind: AdminKind, id: string, db: Db): Promise<Snapshot | null> {
  const row = await entryTable(db, kind.model).findUnique({ where: { id } });
  if (!row) return null;
  const snapshot: Snapshot = { ...row };
  // One after the other: inside a transaction the queries share one connection anyway.
  for (const field of kind.fields) if (field.load) Object.assign(snapshot, await field.load(db, id));
  return toJsonSafe(snapshot) as Snapshot;
}

/** The form's values of an entry (or of a revision's snapshot of it). */
export function snapshotToValues(kind: AdminKind, snapshot: Snapshot): FormValues {
  return Object.assign({}, ...kind.fields.map((field) => field.toValues(snapshot)));
}
