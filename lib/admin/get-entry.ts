import "server-only";
import type { FormValues } from "@/lib/actions/action-result";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { entryState, type EntryState } from "@/lib/content/entry-state";
import type { Snapshot } from "@/lib/kinds/fields/field";
import { loadSnapshot, snapshotToValues } from "@/lib/kinds/fields/snapshot";
import { prisma } from "@/lib/platform/db";

export interface EditableEntry {
  id: string;
  title: string;
  version: number;
  state: EntryState;
  publishedAt: string | null;
  publicPath: string;
  snapshot: Snapshot;
  /** The form's values, with the version it was loaded at. */
  values: FormValues;
}

/** An entry as the edit page needs it; null if there is none with this id. */
export async function getEntry(kind: AdminKind, id: string): Promise<EditableEntry | null> {
  const snapshot = await loadSnapshot(kind, id, prisma);
  if (!snapshot) return null;
  const publishedAt = (snapshot.publishedAt as string | null) ?? null;
  const version = Number(snapshot.version);
  return {
    id,
    title: kind.titleOf(snapshot),
    version,
    state: entryState({ status: String(snapshot.status), publishedAt }),
    publishedAt,
    publicPath: kind.publicPath(snapshot),
    snapshot,
    values: { ...snapshotToValues(kind, snapshot), _version: String(version) },
  };
}
