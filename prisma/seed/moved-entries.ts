// A re-seed of a database seeded before an entry's address changed (lib/content/moved-entries.ts)
// renames that entry in place, so it keeps its id, history and revisions, and no second row
// appears under the new slug.
import { MOVED_ENTRIES } from "@/lib/content/moved-entries";
import { entryTable, type Db } from "@/lib/content/entry-table";
import { KINDS, kindPagePath } from "@/lib/kinds";

/** The last segment of an entry's address: its slug, on its own page or its list's (`/at/`). */
const slugOf = (path: string) => path.slice(path.lastIndexOf("/") + 1);

export async function renameMovedEntries(tx: Db): Promise<void> {
  for (const { from, to } of MOVED_ENTRIES) {
    const [oldSlug, newSlug] = [slugOf(from), slugOf(to)];
    const kind = KINDS.find((k) => kindPagePath(k.page, oldSlug) === from);
    if (!kind) throw new Error(`No kind has its entries at ${from}`);
    const table = entryTable(tx, kind.model);
    if ((await table.count({ where: { slug: newSlug } })) > 0) continue;
    await table.updateMany({ where: { slug: oldSlug }, data: { slug: newSlug } });
  }
}
