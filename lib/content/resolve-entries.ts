import "server-only";
import { prisma } from "@/lib/platform/db";
import { titled } from "@/lib/content/convert";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import type { EntryRef } from "@/lib/content/types";
import type { EntryKind } from "@/lib/kinds";

type Row = { id: string; slug: string; title: string };

const byName = { id: true, slug: true, name: true } as const;
const byTitle = { id: true, slug: true, title: true } as const;

/** Each kind's published entries among some ids, selected down to a title: one query per kind. */
const loaders: Record<EntryKind, (ids: string[]) => Promise<Row[]>> = {
  ORGANIZATION: async (ids) =>
    titled(await prisma.organization.findMany({ where: visible(ids), select: byName })),
  PERSON: async (ids) => titled(await prisma.person.findMany({ where: visible(ids), select: byName })),
  MODEL: async (ids) => titled(await prisma.aiModel.findMany({ where: visible(ids), select: byName })),
  PRODUCT: async (ids) => titled(await prisma.product.findMany({ where: visible(ids), select: byName })),
  ROUND: async (ids) => titled(await prisma.fundingRound.findMany({ where: visible(ids), select: byName })),
  PARTNERSHIP: (ids) => prisma.partnership.findMany({ where: visible(ids), select: byTitle }),
  EVENT: (ids) => prisma.event.findMany({ where: visible(ids), select: byTitle }),
  EXPLAINER: async (ids) =>
    (
      await prisma.explainerSection.findMany({
        where: visible(ids),
        select: { id: true, slug: true, heading: true },
      })
    ).map(({ heading, ...row }) => ({ ...row, title: heading })),
};

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
      for (const row of await loaders[kind]([...ids])) {
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
