import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { entryTable } from "@/lib/content/entry-table";
import { publishedWhere } from "@/lib/content/published";
import { adminKinds } from "@/lib/kinds/registry";
import type { KindKey } from "@/lib/kinds";
import { prisma } from "@/lib/platform/db";

/** An entry that refers to another, e.g. a round naming an organization as investor. */
export interface Referrer {
  kind: KindKey;
  id: string;
  title: string;
}

/**
 * Every entry that refers to this one through any field of any kind (investors, partners,
 * collaborators, a model's predecessor, citations of a source). Found from the kinds'
 * descriptions, so a new kind's references block deletes, and show in the entry's feed, without
 * more code. `readersOnly` keeps those readers can see: published, not scheduled for later.
 */
export async function findReferrers(
  target: AdminKind,
  id: string,
  { readersOnly = false }: { readersOnly?: boolean } = {},
): Promise<Referrer[]> {
  const referrers: Referrer[] = [];
  for (const owner of Object.values(adminKinds)) {
    const table = entryTable(prisma, owner.model);
    const ids = new Set<string>();
    for (const field of owner.fields) {
      for (const { referrerId } of (await field.findReferrers?.(prisma, table, target.key, id)) ?? []) {
        if (!(owner.key === target.key && referrerId === id)) ids.add(referrerId);
      }
    }
    if (ids.size === 0) continue;
    const rows = await table.findMany({
      where: { id: { in: [...ids] }, ...(readersOnly ? publishedWhere() : {}) },
      select: { id: true, ...owner.titleSelect },
    });
    for (const row of rows) referrers.push({ kind: owner.key, id: row.id, title: owner.titleOf(row) });
  }
  return referrers;
}
