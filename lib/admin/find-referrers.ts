import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import type { Db } from "@/lib/content/entry-table";
import type { Referrer } from "@/lib/admin/operation-result";
import { entryTable } from "@/lib/content/entry-table";
import { adminKinds } from "@/lib/admin/kinds";
import { prisma } from "@/lib/platform/db";

/**
 * Every entry that refers to this one through any field of any kind (investors, partners,
 * collaborators, a model's predecessor, citations of a source). Found from the kinds'
 * descriptions, so a new kind's references block deletes without more code.
 */
export async function findReferrers(target: AdminKind, id: string, db: Db = prisma): Promise<Referrer[]> {
  const referrers: Referrer[] = [];
  for (const owner of Object.values(adminKinds)) {
    const table = entryTable(db, owner.model);
    const ids = new Set<string>();
    for (const field of owner.fields) {
      for (const referrerId of (await field.findReferrers?.(db, table, target.key, id)) ?? []) {
        if (!(owner.key === target.key && referrerId === id)) ids.add(referrerId);
      }
    }
    if (ids.size === 0) continue;
    const rows = await table.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, ...owner.titleSelect },
    });
    for (const row of rows) referrers.push({ kind: owner.key, id: row.id, title: owner.titleOf(row) });
  }
  return referrers;
}
