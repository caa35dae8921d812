import "server-only";
import { prisma } from "@/lib/platform/db";
import { entryTable } from "@/lib/content/entry-table";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import type { EntryRef } from "@/lib/content/types";
import { kindOfCode, type EntryKind } from "@/lib/kinds";

/** Each kind's published entries among some ids, down to their title: one query per kind. */
async function loadTitled(
  kind: EntryKind,
  ids: string[],
): Promise<{ id: string; slug: string; title: string }[]> {
  const { model, title } = kindOfCode(kind);
  const rows = await entryTable(prisma, model).findMany({
    where: visible(ids),
    select: { id: true, slug: true, [title]: true },
  });
  return rows.map((row) => ({ id: row.id, slug: String(row.slug), title: String(row[title]) }));
}

function visible(ids: string[]) {
  return { id: { in: ids }, ...publishedWhere() };
}

export const entryKey = (kind: EntryKind, id: string) => `${kind}:${id}`;

/** Resolves (kind, id) pairs to titled links; unpublished or missing entries are left out. */
export async function resolveEntries(
  refs: readonly { kind: EntryKind; id: string }[],
): Promise<Map<string, EntryRef>> {
  const idsByKind = new Map<EntryKind, Set<string>>();
  for (const ref of refs) {
    if (!idsByKind.has(ref.kind)) idsByKind.set(ref.kind, new Set());
    idsByKind.get(ref.kind)!.add(ref.id);
  }
  const resolved = new Map<string, EntryRef>();
  await Promise.all(
    [...idsByKind].map(async ([kind, ids]) => {
      for (const row of await loadTitled(kind, [...ids])) {
        resolved.set(entryKey(kind, row.id), {
          kind,
          slug: row.slug,
          title: row.title,
          href: entryPath(kind, row.slug),
        });
      }
    }),
  );
  return resolved;
}
