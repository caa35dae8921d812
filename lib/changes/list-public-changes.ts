import "server-only";
import type { AdminKind } from "@/lib/admin/define-kind";
import { diffSnapshots, type FieldChange } from "@/lib/admin/diff-snapshots";
import { entryTable } from "@/lib/admin/entry-table";
import type { Snapshot } from "@/lib/admin/fields/field";
import { adminKinds, findAdminKind } from "@/lib/admin/kinds";
import { loadNameLookup } from "@/lib/admin/list-options";
import { cachedQuery } from "@/lib/cache";
import { queryPage, type PageOf } from "@/lib/content/paginate";
import { isPublished, publishedWhere } from "@/lib/content/published";
import { CONTENT_KINDS } from "@/lib/content/types";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";
import { sourceLinkText } from "@/lib/sources/source-ref";

export interface PublicChange {
  id: string;
  /** ISO: when readers saw the change. */
  at: string;
  action: string;
  kindKey: string;
  kindLabel: string;
  entryId: string;
  title: string;
  /** The entry's public page while it is public; null once it is not. */
  href: string | null;
  reason: string;
  /** Field by field, against the state readers saw before (all fields for a first publication). */
  changes: FieldChange[];
  addedSources: { title: string; url: string }[];
}

/** Which entries' changes to list: every one, or one entry's. */
export interface ChangeFilter {
  kind?: string;
  entryId?: string;
}

// The log tells what changed for readers, not the publication mechanics the action names.
const MECHANICS = new Set<string>([t.admin.fields.status, t.admin.fields.publishedAt]);

// Labels are the admin form's; "（Markdown）" tells editors how to write, not readers what it is.
const EDITOR_NOTE = /（Markdown）$/;

/** The sources an entry's state cites, for its claims or for other values of its facts. */
const citedSourceIds = (snapshot: Snapshot | null) =>
  new Set(
    [
      ...((snapshot?.citations as { sourceId: string }[] | undefined) ?? []),
      ...((snapshot?.alternativeValues as { sourceId: string | null }[] | undefined) ?? []),
    ].flatMap((row) => (row.sourceId ? [row.sourceId] : [])),
  );

/** The revisions readers saw, newest first: a baseline (CREATE) only dates what came before. */
function publicRevisions(filter: ChangeFilter, now: Date): Prisma.RevisionWhereInput {
  return {
    publicAt: { lte: now },
    action: { not: "CREATE" },
    ...(filter.kind && filter.entryId ? { kind: filter.kind, entryId: filter.entryId } : {}),
  };
}

/** The state readers saw before a change: the entry's last public revision before it. */
async function publicStateBefore(kind: string, entryId: string, before: Date, now: Date) {
  const row = await prisma.revision.findFirst({
    where: { kind, entryId, publicAt: { not: null, lte: now }, createdAt: { lt: before } },
    orderBy: { createdAt: "desc" },
    select: { snapshot: true },
  });
  return row ? (JSON.parse(row.snapshot) as Snapshot) : null;
}

/** The public page of each listed entry that readers can open now. */
async function currentPublicPaths(rows: { kind: string; entryId: string }[]) {
  const paths = new Map<string, string>();
  for (const key of new Set(rows.map((row) => row.kind))) {
    const kind = findAdminKind(key);
    if (!kind) continue;
    const ids = rows.filter((row) => row.kind === key).map((row) => row.entryId);
    const current = await entryTable(prisma, kind.model).findMany({ where: { id: { in: ids } } });
    for (const entry of current)
      if (isPublished(entry)) paths.set(`${key}:${entry.id}`, kind.publicPath(entry as Snapshot));
  }
  return paths;
}

async function describeChanges(
  rows: Prisma.RevisionGetPayload<object>[],
  now: Date,
): Promise<PublicChange[]> {
  const paths = await currentPublicPaths(rows);
  const lookups = new Map<string, Awaited<ReturnType<typeof loadNameLookup>>>();
  const namesFor = async (kind: AdminKind) => {
    if (!lookups.has(kind.key)) lookups.set(kind.key, await loadNameLookup(kind));
    return lookups.get(kind.key)!;
  };
  const changes: PublicChange[] = [];
  for (const row of rows) {
    const kind = findAdminKind(row.kind);
    if (!kind) continue;
    const snapshot = JSON.parse(row.snapshot) as Snapshot;
    const removal = row.action === "DELETE" || row.action === "UNPUBLISH" || row.action === "SCHEDULE";
    const before = removal ? null : await publicStateBefore(row.kind, row.entryId, row.createdAt, now);
    const fieldChanges = removal
      ? []
      : diffSnapshots(kind, before, snapshot, await namesFor(kind))
          .filter((change) => !MECHANICS.has(change.label))
          .map((change) => ({ ...change, label: change.label.replace(EDITOR_NOTE, "") }));
    const previouslyCited = citedSourceIds(before);
    const added = [...citedSourceIds(removal ? null : snapshot)].filter((id) => !previouslyCited.has(id));
    const sources = added.length
      ? await prisma.source.findMany({
          where: { id: { in: added }, ...publishedWhere(now) },
          select: { title: true, publisher: true, url: true },
        })
      : [];
    changes.push({
      id: row.id,
      at: row.publicAt!.toISOString(),
      action: row.action,
      kindKey: kind.key,
      kindLabel: kind.label,
      entryId: row.entryId,
      title: kind.titleOf(snapshot),
      href: paths.get(`${row.kind}:${row.entryId}`) ?? null,
      reason: row.reason,
      changes: fieldChanges,
      addedSources: sources.map((source) => ({ title: sourceLinkText(source), url: source.url })),
    });
  }
  return changes;
}

/**
 * One page of the public change log: every change readers saw to a published entry, newest
 * first, field by field with the editor's reason. Drafts' changes and account data never
 * appear. Cached until any entry changes (and until a scheduled publication's time).
 */
export const listPublicChanges = cachedQuery(
  "changes:list",
  CONTENT_KINDS,
  async (filter: ChangeFilter, requestedPage: number, pageSize: number): Promise<PageOf<PublicChange>> => {
    const now = new Date();
    const where = publicRevisions(filter, now);
    const page = await queryPage(
      requestedPage,
      () => prisma.revision.count({ where }),
      ({ skip, take }) =>
        prisma.revision.findMany({
          where,
          orderBy: [{ publicAt: "desc" }, { createdAt: "desc" }],
          skip,
          take,
        }),
      pageSize,
    );
    return { ...page, items: await describeChanges(page.items, now) };
  },
);

/** The kinds of entry whose changes the log can show, by admin key (for validating a filter). */
export const CHANGE_KIND_KEYS = Object.keys(adminKinds);
