import "server-only";
import { entryTable } from "@/lib/content/entry-table";
import { adminKinds } from "@/lib/admin/kinds";
import type { Snapshot } from "@/lib/kinds/fields/field";
import { prisma } from "@/lib/platform/db";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import type { KindKey } from "@/lib/kinds";

export interface DashboardEntry {
  kind: KindKey;
  id: string;
  title: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface RecentChange {
  id: string;
  kind: KindKey;
  entryId: string;
  title: string;
  action: RevisionAction;
  version: number;
  author: string | null;
  createdAt: string;
}

const LIMIT = 20;

/** What waits for an editor across every kind: drafts, scheduled entries, and the latest changes. */
export async function getDashboard(now: Date = new Date()) {
  const drafts: DashboardEntry[] = [];
  const scheduled: DashboardEntry[] = [];
  for (const kind of Object.values(adminKinds)) {
    const table = entryTable(prisma, kind.model);
    const select = { id: true, ...kind.titleSelect, updatedAt: true, publishedAt: true };
    const toEntry = (row: Record<string, unknown>): DashboardEntry => ({
      kind: kind.key,
      id: String(row.id),
      title: kind.titleOf(row),
      updatedAt: (row.updatedAt as Date).toISOString(),
      publishedAt: (row.publishedAt as Date | null)?.toISOString() ?? null,
    });
    const [draftRows, scheduledRows] = await Promise.all([
      table.findMany({ where: { status: "DRAFT" }, select, orderBy: { updatedAt: "desc" }, take: LIMIT }),
      table.findMany({ where: { status: "PUBLISHED", publishedAt: { gt: now } }, select }),
    ]);
    drafts.push(...draftRows.map(toEntry));
    scheduled.push(...scheduledRows.map(toEntry));
  }
  const revisions = await prisma.revision.findMany({
    orderBy: { createdAt: "desc" },
    take: LIMIT,
    include: { author: { select: { name: true } } },
  });
  const recent: RecentChange[] = revisions.flatMap((revision) => {
    const kind = adminKinds[revision.kind as KindKey];
    if (!kind) return [];
    return [
      {
        id: revision.id,
        kind: kind.key,
        entryId: revision.entryId,
        title: kind.titleOf(JSON.parse(revision.snapshot) as Snapshot),
        action: revision.action,
        version: revision.version,
        author: revision.author?.name ?? null,
        createdAt: revision.createdAt.toISOString(),
      },
    ];
  });
  return {
    drafts: drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, LIMIT),
    scheduled: scheduled.sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "")),
    recent,
  };
}
