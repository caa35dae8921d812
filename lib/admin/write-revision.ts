import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import type { Db } from "@/lib/content/entry-table";
import type { Snapshot } from "@/lib/kinds/fields/field";
import { loadSnapshot } from "@/lib/kinds/fields/snapshot";
import { isPublished } from "@/lib/content/published";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import type { KindKey } from "@/lib/kinds";

/** Whether readers saw the entry in this state, at `now` (the snapshot's status and publication time). */
function isPublicAt(snapshot: Snapshot, now: Date): boolean {
  const publishedAt = snapshot.publishedAt ? new Date(String(snapshot.publishedAt)) : null;
  return isPublished({ status: String(snapshot.status), publishedAt }, now);
}

/**
 * From when readers see a change in the public change log: now, when the entry was public
 * before it or is public after it; a scheduled publication's time, when it becomes public only
 * then; never (null) for a change to an entry readers do not see.
 */
function publicTime(before: Snapshot | null, after: Snapshot | null, now: Date): Date | null {
  if (before && isPublicAt(before, now)) return now;
  if (!after || after.status !== "PUBLISHED") return null;
  const publishedAt = after.publishedAt ? new Date(String(after.publishedAt)) : now;
  return publishedAt > now ? publishedAt : now;
}

/**
 * Records one change of an entry with its full state after it (for a deletion, the state it
 * had), whether and from when readers see it, and the editor's reason; call inside the change's
 * transaction.
 */
export async function writeRevision(
  db: Db,
  revision: {
    kind: KindKey;
    entryId: string;
    version: number;
    action: RevisionAction;
    snapshot: Snapshot;
    authorId: string | null;
    reason?: string;
  },
): Promise<void> {
  const now = new Date();
  const { kind, entryId, action, snapshot } = revision;
  const previous =
    action === "DELETE"
      ? snapshot
      : await db.revision
          .findFirst({ where: { kind, entryId }, orderBy: { createdAt: "desc" }, select: { snapshot: true } })
          .then((row) => (row ? (JSON.parse(row.snapshot) as Snapshot) : null));
  await db.revision.create({
    data: {
      ...revision,
      snapshot: JSON.stringify(snapshot),
      publicAt: publicTime(previous, action === "DELETE" ? null : snapshot, now),
      createdAt: now,
    },
  });
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
      // Readers saw it so (if it is public): the public change log diffs the next change with it.
      publicAt: isPublicAt(snapshot, new Date()) ? new Date(String(snapshot.createdAt)) : null,
      createdAt: new Date(String(snapshot.createdAt)),
    },
  });
}
