import type { AdminKind } from "@/lib/admin/define-kind";
import type { Db, Snapshot } from "@/lib/admin/fields/field";
import type { KindKey } from "@/lib/admin/fields/field-ui";
import { loadSnapshot } from "@/lib/admin/snapshot";
import type { RevisionAction } from "@/lib/generated/prisma/enums";

/** Records one change of an entry with its full state after it; call inside the change's transaction. */
export async function writeRevision(
  db: Db,
  revision: {
    kind: KindKey;
    entryId: string;
    version: number;
    action: RevisionAction;
    snapshot: Snapshot;
    authorId: string | null;
  },
): Promise<void> {
  await db.revision.create({ data: { ...revision, snapshot: JSON.stringify(revision.snapshot) } });
}

/**
 * Entries made outside the admin (the seed, an import) have no history. Before their first
 * change, record how they were as their creation (no author, at their creation time), so the
 * history shows what the change did and the original can be restored. Call inside the change's
 * transaction, before the change.
 */
export async function recordBaseline(db: Db, kind: AdminKind, entryId: string): Promise<void> {
  if (await db.revision.findFirst({ where: { kind: kind.key, entryId }, select: { id: true } })) return;
  const snapshot = await loadSnapshot(kind, entryId, db);
  if (!snapshot) return;
  await db.revision.create({
    data: {
      kind: kind.key,
      entryId,
      version: Number(snapshot.version),
      action: "CREATE",
      snapshot: JSON.stringify(snapshot),
      authorId: null,
      createdAt: new Date(String(snapshot.createdAt)),
    },
  });
}
