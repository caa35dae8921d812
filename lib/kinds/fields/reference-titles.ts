import "server-only";
import type { NameLookup } from "@/lib/kinds/fields/field";
import type { OptionsByKind } from "@/lib/kinds/fields/field-ui";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { entryTable } from "@/lib/content/entry-table";
import { isPublished } from "@/lib/content/published";
import { adminKinds } from "@/lib/kinds/registry";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";
import { findKindByKey, type KindKey } from "@/lib/kinds";

interface Titled {
  id: string;
  title: string;
  draft: boolean;
  /** Whether readers see it now (published, its time come). */
  public: boolean;
}

/** The kinds a kind's fields refer to. */
export function targetsOf(kind: AdminKind): KindKey[] {
  return [...new Set(kind.fields.flatMap((field) => field.targets ?? []))];
}

/**
 * Every entry of some kinds, drafts included, in each kind's reading order (sources newest first):
 * what a form may refer to.
 */
async function loadTitles(targets: readonly KindKey[]): Promise<Map<KindKey, Titled[]>> {
  const byKind = new Map<KindKey, Titled[]>();
  for (const key of targets) {
    const kind = adminKinds[key];
    const rows = await entryTable(prisma, kind.model).findMany({
      select: { id: true, ...kind.titleSelect, status: true, publishedAt: true },
      orderBy: [...findKindByKey(key)!.order],
    });
    byKind.set(
      key,
      rows.map((row) => ({
        id: row.id,
        title: kind.titleOf(row),
        draft: row.status === "DRAFT",
        public: isPublished(row),
      })),
    );
  }
  return byKind;
}

/** Options for the form's reference fields, drafts marked as such. */
export async function listOptions(kind: AdminKind): Promise<OptionsByKind> {
  const titles = await loadTitles(targetsOf(kind));
  return Object.fromEntries(
    [...titles].map(([key, rows]) => [
      key,
      rows.map((row) => ({
        value: row.id,
        label: row.draft ? `${row.title}${t.admin.form.draftMark}` : row.title,
      })),
    ]),
  );
}

/**
 * Titles of the entries some kinds' fields refer to, to show references as names; each kind
 * referred to is read once, however many of `kinds` refer to it. `readersOnly`: only those readers
 * see now (the public change log), the others as not there at all.
 */
export async function loadNameLookup(
  kinds: readonly AdminKind[],
  { readersOnly = false } = {},
): Promise<NameLookup> {
  const titles = await loadTitles([...new Set(kinds.flatMap(targetsOf))]);
  const names = new Map<string, string | null>();
  for (const [key, rows] of titles)
    for (const row of rows) names.set(`${key}:${row.id}`, readersOnly && !row.public ? null : row.title);
  return (key, id) => {
    const name = names.get(`${key}:${id}`);
    return name === undefined ? (readersOnly ? null : t.admin.history.missingRef(id)) : name;
  };
}
