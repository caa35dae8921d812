import "server-only";
import { prisma } from "@/lib/db";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import type { EntryKind, EntryRef } from "@/lib/content/types";

type Row = { id: string; slug: string; title: string };

/** Each kind's published entries by id, selected down to a title: one query per kind. */
const loaders: Record<EntryKind, (ids: string[]) => Promise<Row[]>> = {
  ORGANIZATION: async (ids) =>
    (await prisma.organization.findMany({ where: { id: { in: ids }, ...publishedWhere() } })).map(
      (o) => ({ id: o.id, slug: o.slug, title: o.name }),
    ),
  PERSON: async (ids) =>
    (await prisma.person.findMany({ where: { id: { in: ids }, ...publishedWhere() } })).map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.name,
    })),
  MODEL: async (ids) =>
    (await prisma.aiModel.findMany({ where: { id: { in: ids }, ...publishedWhere() } })).map((m) => ({
      id: m.id,
      slug: m.slug,
      title: m.name,
    })),
  PRODUCT: async (ids) =>
    (await prisma.product.findMany({ where: { id: { in: ids }, ...publishedWhere() } })).map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.name,
    })),
  ROUND: async (ids) =>
    (await prisma.fundingRound.findMany({ where: { id: { in: ids }, ...publishedWhere() } })).map(
      (r) => ({ id: r.id, slug: r.slug, title: r.name }),
    ),
  PARTNERSHIP: async (ids) =>
    (await prisma.partnership.findMany({ where: { id: { in: ids }, ...publishedWhere() } })).map(
      (p) => ({ id: p.id, slug: p.slug, title: p.title }),
    ),
  EVENT: async (ids) =>
    (await prisma.event.findMany({ where: { id: { in: ids }, ...publishedWhere() } })).map((e) => ({
      id: e.id,
      slug: e.slug,
      title: e.title,
    })),
  EXPLAINER: async (ids) =>
    (await prisma.explainerSection.findMany({ where: { id: { in: ids }, ...publishedWhere() } })).map(
      (s) => ({ id: s.id, slug: s.slug, title: s.heading }),
    ),
};

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
