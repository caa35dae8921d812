import { z } from "zod";
import { type Field, list, single, text } from "@/lib/kinds/fields/field";
import { joinTable, type JoinModel } from "@/lib/content/entry-table";
import { t } from "@/lib/i18n";
import type { KindKey } from "@/lib/kinds";

const e = t.admin.errors;
const ID_MAX = 64;

/** One entry of another kind (or the same), chosen from a list; stored in a foreign key column. */
export function referenceField(
  name: string,
  label: string,
  { target, column = name, required = false }: { target: KindKey; column?: string; required?: boolean },
): Field<string | null> {
  return {
    name,
    label,
    ui: { type: "reference", name, label, required, target },
    schema: z.preprocess(
      single,
      z
        .string({ error: e.referenceMissing })
        .trim()
        .max(ID_MAX, e.referenceMissing)
        .transform((id, ctx) => {
          if (id === "" && required) ctx.addIssue({ code: "custom", message: e.choose(label) });
          return id === "" ? null : id;
        }),
    ),
    pick: (values) => values[name],
    toValues: (snapshot) => ({ [name]: String(snapshot[column] ?? "") }),
    columns: (id) => ({ [column]: id }),
    targets: [target],
    referencedIds: (id) => (id ? [{ target, ids: [id] }] : []),
    findReferrers: async (_db, owner, kind, targetId) =>
      kind === target
        ? (
            await owner.findMany({
              where: { [column]: targetId ?? { not: null } },
              select: { id: true, [column]: true },
            })
          ).map((row) => ({ referrerId: row.id, targetId: String(row[column]) }))
        : [],
    describe: (values, names) => (text(values[name]) ? (names(target, text(values[name])) ?? "") : ""),
  };
}

interface JoinOptions {
  target: KindKey;
  /** The join table, its column for this entry and for the referred one. */
  join: { model: JoinModel; ownerColumn: string; targetColumn: string; ordered: boolean };
}

/** Several entries of another kind, ticked in a list; stored as join rows in the ticked order. */
export function referencesField(name: string, label: string, { target, join }: JoinOptions): Field<string[]> {
  const { model, ownerColumn, targetColumn, ordered } = join;
  return {
    name,
    label,
    ui: { type: "references", name, label, target },
    schema: z.preprocess(
      list,
      z
        .array(z.string().max(ID_MAX, e.referenceMissing))
        .max(500, e.tooManyRows(500))
        .transform((ids) => [...new Set(ids.filter(Boolean))]),
    ),
    pick: (values) => values[name],
    toValues: (snapshot) => ({ [name]: (snapshot[name] as string[] | undefined) ?? [] }),
    load: async (db, entryId) => {
      const rows = await joinTable(db, model).findMany({
        where: { [ownerColumn]: entryId },
        select: { [targetColumn]: true },
        orderBy: ordered ? { position: "asc" } : undefined,
      });
      return { [name]: rows.map((row) => String(row[targetColumn])) };
    },
    write: async (db, entryId, ids) => {
      const table = joinTable(db, model);
      await table.deleteMany({ where: { [ownerColumn]: entryId } });
      await table.createMany({
        data: ids.map((id, position) => ({
          [ownerColumn]: entryId,
          [targetColumn]: id,
          ...(ordered ? { position } : {}),
        })),
      });
    },
    targets: [target],
    referencedIds: (ids) => [{ target, ids }],
    findReferrers: async (db, _owner, kind, targetId) =>
      kind === target
        ? (
            await joinTable(db, model).findMany({
              where: targetId ? { [targetColumn]: targetId } : {},
              select: { [ownerColumn]: true, [targetColumn]: true },
            })
          ).map((row) => ({ referrerId: String(row[ownerColumn]), targetId: String(row[targetColumn]) }))
        : [],
    describe: (values, names) =>
      list(values[name])
        .flatMap((id) => names(target, id) ?? [])
        .join("、"),
  };
}
