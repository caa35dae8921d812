import "server-only";
import { diffSnapshots, type FieldChange } from "@/lib/kinds/fields/diff-snapshots";
import { entryTable } from "@/lib/content/entry-table";
import type { Snapshot } from "@/lib/kinds/fields/field";
import { findAdminKind } from "@/lib/kinds/registry";
import { loadNameLookup } from "@/lib/kinds/fields/reference-titles";
import { cachedQuery } from "@/lib/content/cached-query";
import { queryPage, type PageOf } from "@/lib/content/paginate";
import { isPublished, publishedWhere } from "@/lib/content/published";
import { prisma } from "@/lib/platform/db";
import type { Prisma, Revision } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";
import { CONTENT_KINDS } from "@/lib/kinds";

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

/** An entry by its kind's key and its id (which outlives the entry). */
export interface EntryRef {
  kind: string;
  entryId: string;
}

/** Which entries' changes to list: every one, or only these entries'. */
export interface ChangeFilter {
  entries?: readonly EntryRef[];
}

// The log tells what changed for readers, not the publication mechanics the action names.
const MECHANICS = new Set<string>([t.fields.status, t.fields.publishedAt]);

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
    ...(filter.entries && { OR: filter.entries.map(({ kind, entryId }) => ({ kind, entryId })) }),
  };
}

/**
 * The state readers saw before each listed change: its entry's last public revision before it.
 * One query for the whole page: the public revisions of the listed entries up to the newest
 * change listed, newest first.
 */
async function publicStatesBefore(rows: Revision[], now: Date): Promise<Map<string, Snapshot | null>> {
  const earlier = rows.length
    ? await prisma.revision.findMany({
        where: {
          OR: rows.map((row) => ({ kind: row.kind, entryId: row.entryId })),
          publicAt: { not: null, lte: now },
          createdAt: { lt: new Date(Math.max(...rows.map((row) => row.createdAt.getTime()))) },
        },
        orderBy: { createdAt: "desc" },
        select: { kind: true, entryId: true, createdAt: true, snapshot: true },
      })
    : [];
  return new Map(
    rows.map((row) => {
      const before = earlier.find(
        (e) => e.kind === row.kind && e.entryId === row.entryId && e.createdAt < row.createdAt,
      );
      return [row.id, before ? (JSON.parse(before.snapshot) as Snapshot) : null];
    }),
  );
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

const isRemoval = (action: string) => action === "DELETE" || action === "UNPUBLISH" || action === "SCHEDULE";

async function describeChanges(rows: Revision[], now: Date): Promise<PublicChange[]> {
  const listed = rows.filter((row) => findAdminKind(row.kind));
  const paths = await currentPublicPaths(listed);
  const befores = await publicStatesBefore(
    listed.filter((row) => !isRemoval(row.action)),
    now,
  );
  const kinds = [...new Set(listed.map((row) => row.kind))].map((key) => findAdminKind(key)!);
  const names = await loadNameLookup(kinds, { readersOnly: true });
  const described = listed.map((row) => {
    const kind = findAdminKind(row.kind)!;
    const snapshot = JSON.parse(row.snapshot) as Snapshot;
    const before = befores.get(row.id) ?? null;
    const after = isRemoval(row.action) ? null : snapshot;
    const previouslyCited = citedSourceIds(before);
    return {
      row,
      kind,
      snapshot,
      changes: after
        ? diffSnapshots(kind, before, after, names)
            .filter((change) => !MECHANICS.has(change.label))
            .map((change) => ({ ...change, label: change.label.replace(EDITOR_NOTE, "") }))
        : [],
      addedSourceIds: [...citedSourceIds(after)].filter((id) => !previouslyCited.has(id)),
    };
  });
  const addedIds = [...new Set(described.flatMap((change) => change.addedSourceIds))];
  const sources = new Map(
    (addedIds.length
      ? await prisma.source.findMany({
          where: { id: { in: addedIds }, ...publishedWhere(now) },
          select: { id: true, title: true, publisher: true, url: true },
        })
      : []
    ).map((source) => [source.id, { title: sourceLinkText(source), url: source.url }]),
  );
  return described.map(({ row, kind, snapshot, changes, addedSourceIds }) => ({
    id: row.id,
    at: row.publicAt!.toISOString(),
    action: row.action,
    kindKey: kind.key,
    kindLabel: kind.label,
    entryId: row.entryId,
    title: kind.titleOf(snapshot),
    href: paths.get(`${row.kind}:${row.entryId}`) ?? null,
    reason: row.reason,
    changes,
    addedSources: addedSourceIds.flatMap((id) => sources.get(id) ?? []),
  }));
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
