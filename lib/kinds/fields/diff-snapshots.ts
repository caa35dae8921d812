import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { formatTimestamp } from "@/lib/format/timestamp";
import { entryState } from "@/lib/content/entry-state";
import type { NameLookup, Snapshot } from "@/lib/kinds/fields/field";
import { snapshotToValues } from "@/lib/kinds/fields/snapshot";
import { t } from "@/lib/i18n";

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

/** An entry's state as the fields' text, plus its publication, for comparing versions. */
function describeSnapshot(
  kind: AdminKind,
  snapshot: Snapshot | null,
  names: NameLookup,
): Map<string, string> {
  const described = new Map<string, string>();
  if (!snapshot) return described;
  const values = snapshotToValues(kind, snapshot);
  for (const field of kind.fields) described.set(field.label, field.describe(values, names));
  const publishedAt = snapshot.publishedAt as string | null;
  described.set(
    t.fields.status,
    t.admin.status[entryState({ status: String(snapshot.status), publishedAt })],
  );
  described.set(t.fields.publishedAt, publishedAt ? formatTimestamp(publishedAt) : "");
  return described;
}

/** Field-by-field differences between two states of an entry (`before` null: it was created). */
export function diffSnapshots(
  kind: AdminKind,
  before: Snapshot | null,
  after: Snapshot,
  names: NameLookup,
): FieldChange[] {
  const old = describeSnapshot(kind, before, names);
  const changes: FieldChange[] = [];
  for (const [label, value] of describeSnapshot(kind, after, names)) {
    const previous = old.get(label) ?? "";
    if (previous !== value) changes.push({ label, before: previous, after: value });
  }
  return changes;
}
