import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { diffSnapshots, type FieldChange } from "@/lib/kinds/fields/diff-snapshots";
import { entryTable } from "@/lib/content/entry-table";
import type { Snapshot } from "@/lib/kinds/fields/field";
import { loadNameLookup } from "@/lib/kinds/fields/reference-titles";
import { prisma } from "@/lib/platform/db";
import type { RevisionAction } from "@/lib/generated/prisma/enums";

export interface HistoryItem {
  id: string;
  version: number;
  action: RevisionAction;
  createdAt: string;
  author: string | null;
  /** What this change did, compared with the revision before it. */
  changes: FieldChange[];
}

export interface EntryHistory {
  title: string;
  /** False once the entry is deleted: its history stays, and a revision can bring it back. */
  exists: boolean;
  /** The version a restore must start from. */
  currentVersion: number;
  items: HistoryItem[];
}

/** An entry's revisions, newest first, each with its differences from the one before; null if unknown. */
export async function getHistory(kind: AdminKind, id: string): Promise<EntryHistory | null> {
  const revisions = await prisma.revision.findMany({
    where: { kind: kind.key, entryId: id },
    orderBy: [{ version: "asc" }, { createdAt: "asc" }],
    include: { author: { select: { name: true } } },
  });
  const current = await entryTable(prisma, kind.model).findUnique({ where: { id } });
  if (revisions.length === 0) {
    // Made outside the admin and never changed since: no history yet.
    return current
      ? { title: kind.titleOf(current), exists: true, currentVersion: current.version, items: [] }
      : null;
  }
  const names = await loadNameLookup([kind]);
  let previous: Snapshot | null = null;
  const items: HistoryItem[] = [];
  for (const revision of revisions) {
    const snapshot = JSON.parse(revision.snapshot) as Snapshot;
    items.push({
      id: revision.id,
      version: revision.version,
      action: revision.action,
      createdAt: revision.createdAt.toISOString(),
      author: revision.author?.name ?? null,
      changes: revision.action === "DELETE" ? [] : diffSnapshots(kind, previous, snapshot, names),
    });
    previous = snapshot;
  }
  const latest = revisions[revisions.length - 1];
  return {
    title: kind.titleOf(JSON.parse(latest.snapshot) as Snapshot),
    exists: current !== null,
    currentVersion: current?.version ?? latest.version,
    items: items.reverse(),
  };
}
