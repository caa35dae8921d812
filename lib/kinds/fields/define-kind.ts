import { z } from "zod";
import type { FormValues } from "@/lib/actions/action-result";
import { alternativeValuesField } from "@/lib/kinds/fields/alternatives-field";
import type { Field, Snapshot } from "@/lib/kinds/fields/field";
import { citationsField } from "@/lib/kinds/fields/row-fields";
import { t } from "@/lib/i18n";
import {
  kindPagePath,
  kindsShowing,
  type AnyKind,
  type ContentKind,
  type EntryKind,
  type EntryModel,
  type KindKey,
} from "@/lib/kinds";

/** A kind of entry, described once; the admin's screens and operations are generated from it. */
export interface KindDescription {
  /** Which kind (lib/kinds): its key, table, title column, code and public page. */
  kind: AnyKind;
  /**
   * Columns that name an entry whose title field is empty, joined in order: a source whose
   * title is not known is named by its publisher and link.
   */
  titleFallback?: string[];
  /** Its own fields, in the form's order; an entry's citations follow them. */
  fields: Field[];
  /**
   * The fields sources may give other values for (an entry kind's): the form then records those
   * values beside the citations.
   */
  claims?: Field[];
  /** Columns the list's search looks in (substring, any case). */
  searchColumns: string[];
  /** Fields shown as columns of the list (plain values, not references). */
  listColumns: string[];
  /** The select field the list can filter by, besides the status. */
  filterField?: string;
  /** Unique columns (also field names): a duplicate is a message beside the field; the slug by default. */
  uniqueColumns?: string[];
}

export interface AdminKind extends Omit<KindDescription, "kind" | "claims"> {
  uniqueColumns: string[];
  key: KindKey;
  /** Chinese name of the kind, e.g. "模型". */
  label: string;
  /** The Prisma client's property for its table. */
  model: EntryModel;
  /** The kind as readers' pages and citations name it; null for sources, which cite. */
  entryKind: EntryKind | null;
  /** The one schema of the kind: submitted form values to typed field values. */
  schema: z.ZodType<Record<string, unknown>, FormValues>;
  /** Every cache kind a change of such an entry touches. */
  touches: ContentKind[];
  /** The public page of an entry, from its snapshot. */
  publicPath(snapshot: Snapshot): string;
  /** The column that names an entry (lib/kinds). */
  titleField: string;
  /** The columns `titleOf` reads, as a Prisma `select`. */
  titleSelect: Record<string, true>;
  /** The entry's title, from its snapshot or its row (`titleSelect` selected). */
  titleOf(snapshot: Snapshot): string;
}

/** Builds a kind's schema from its fields: each field picks its inputs and parses them. */
function buildSchema(fields: readonly Field[]): z.ZodType<Record<string, unknown>, FormValues> {
  const shape = Object.fromEntries(fields.map((field) => [field.name, field.schema]));
  return z.preprocess(
    (values: FormValues) => Object.fromEntries(fields.map((field) => [field.name, field.pick(values)])),
    z.object(shape),
  );
}

const present = (value: unknown) => value !== null && value !== undefined && value !== "";

export function defineKind({ kind, claims, ...description }: KindDescription): AdminKind {
  const { title: titleField } = kind;
  const { titleFallback = [], uniqueColumns = ["slug"] } = description;
  // Entries cite their sources (and may record other values); sources themselves do not.
  const fields =
    kind.code === "SOURCE"
      ? description.fields
      : [
          ...description.fields,
          citationsField(kind.code),
          ...(claims ? [alternativeValuesField(kind.code, claims)] : []),
        ];
  return {
    ...description,
    fields,
    uniqueColumns,
    key: kind.key,
    label: t.admin.kinds[kind.key],
    model: kind.model,
    entryKind: kind.code === "SOURCE" ? null : kind.code,
    titleField,
    schema: buildSchema(fields),
    touches: [kind.code, ...kindsShowing(kind.code)],
    publicPath: (snapshot) => kindPagePath(kind.page, String(snapshot.slug)),
    titleSelect: Object.fromEntries([titleField, ...titleFallback].map((column) => [column, true])),
    titleOf: (snapshot) =>
      present(snapshot[titleField])
        ? String(snapshot[titleField])
        : titleFallback
            .map((column) => snapshot[column])
            .filter(present)
            .map(String)
            .join(" · "),
  };
}
