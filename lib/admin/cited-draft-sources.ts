import "server-only";
import { adminKinds } from "@/lib/admin/kinds";
import type { OperationResult } from "@/lib/admin/operation-result";
import { publishEntry } from "@/lib/admin/publish-entry";
import { isPublished } from "@/lib/content/published";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { prisma } from "@/lib/platform/db";

// Sources are drafts too, and readers see a citation only once its source is published. An entry
// that cites a draft source says so where it is published, and offers to publish those sources.

export interface HeldBackSource {
  id: string;
  title: string;
  version: number;
  /** Published from a time to come: it keeps its time, only drafts are published here. */
  scheduled: boolean;
}

/** The sources an entry cites (for a fact or another value of one) that readers cannot see yet. */
export async function listHeldBackSources(kind: AdminKind, id: string): Promise<HeldBackSource[]> {
  if (!kind.entryKind) return [];
  const subject = { subjectType: kind.entryKind, subjectId: id };
  const [citations, alternatives] = await Promise.all([
    prisma.citation.findMany({ where: subject, select: { sourceId: true } }),
    prisma.alternativeValue.findMany({
      where: { ...subject, sourceId: { not: null } },
      select: { sourceId: true },
    }),
  ]);
  const ids = [...new Set([...citations, ...alternatives].map((row) => row.sourceId!))];
  if (!ids.length) return [];
  const sources = adminKinds.sources;
  const rows = await prisma.source.findMany({
    where: { id: { in: ids } },
    select: { id: true, version: true, status: true, publishedAt: true, ...sources.titleSelect },
    orderBy: { createdAt: "asc" },
  });
  return rows
    .filter((row) => !isPublished(row))
    .map((row) => ({
      id: row.id,
      title: sources.titleOf(row),
      version: row.version,
      scheduled: row.status === "PUBLISHED",
    }));
}

/** Publishes, now, every draft source the entry cites: a change each. */
export async function publishHeldBackSources(
  kind: AdminKind,
  id: string,
  authorId: string,
): Promise<OperationResult<{ published: number }>> {
  const drafts = (await listHeldBackSources(kind, id)).filter((source) => !source.scheduled);
  for (const { id: sourceId, version } of drafts) {
    const result = await publishEntry(
      adminKinds.sources,
      { id: sourceId, version, intent: "publish" },
      authorId,
    );
    if (!result.ok) return result;
  }
  return { ok: true, data: { published: drafts.length } };
}
