// A re-seed of a database seeded before an entry's address changed (lib/content/moved-entries.ts)
// renames that entry in place, so it keeps its id, history and revisions, and no second row
// appears under the new slug.
import { MOVED_ENTRIES } from "@/lib/content/moved-entries";
import { entryTable, type Db } from "@/lib/content/entry-table";
import { KINDS } from "@/lib/kinds";

export async function renameMovedEntries(tx: Db): Promise<void> {
  for (const { from, to } of MOVED_ENTRIES) {
    const [, list, oldSlug] = from.split("/");
    const newSlug = to.split("/")[2];
    const kind = KINDS.find((k) => k.page.type === "own" && k.page.list === `/${list}`);
    if (!kind) throw new Error(`No kind has its pages under /${list}`);
    const table = entryTable(tx, kind.model);
    if ((await table.count({ where: { slug: newSlug } })) > 0) continue;
    await table.updateMany({ where: { slug: oldSlug }, data: { slug: newSlug } });
  }
}
