import type { z } from "zod";
import type { FormValues } from "@/lib/actions/action-result";
import type { FieldUi } from "@/lib/kinds/fields/field-ui";
import type { Db } from "@/lib/content/entry-table";
import type { KindKey } from "@/lib/kinds";

/** An entry as JSON: its row, its join rows and citations; BigInt as strings, dates as ISO. */
export type Snapshot = Record<string, unknown>;

/** An entry (`referrerId`, of the field's kind) referring to another (`targetId`). */
export interface Reference {
  referrerId: string;
  targetId: string;
}

/**
 * Title of an entry of another kind, for references shown as text (history, preview, the public
 * change log); null for an entry the reader may not see (a draft, in the public change log), which
 * a field's text then leaves out as if it were not referred to.
 */
export type NameLookup = (kind: KindKey, id: string) => string | null;

/**
 * One field of a kind of entry, described once: how the form draws it, how its submitted
 * values parse (zod), where it lives in the database and how it reads back. The generic
 * screens and operations do the rest, so a new kind is a list of these.
 *
 * Methods use method syntax on purpose: their parameter is bivariant, so fields of different
 * value types fit in one `Field[]`; each field's own schema produced the value it receives.
 */
export interface Field<T = unknown> {
  name: string;
  label: string;
  ui: FieldUi;
  /** Parses what `pick` took from the form into the field's typed value. */
  schema: z.ZodType<T>;
  /** This field's raw inputs among the submitted values (composite fields use `name.part`). */
  pick(values: FormValues): unknown;
  /** The field's form values, from an entry's snapshot. */
  toValues(snapshot: Snapshot): FormValues;
  /** Columns of the entry's own row. */
  columns?(value: T): Record<string, unknown>;
  /** Loads join rows into the snapshot. */
  load?(db: Db, entryId: string): Promise<Snapshot>;
  /** Replaces the join rows, once the entry's row exists. */
  write?(db: Db, entryId: string, value: T): Promise<void>;
  /** Kinds this field refers to: their entries are the form's options. */
  targets?: readonly KindKey[];
  /** The ids this value refers to, to check they exist before writing. */
  referencedIds?(value: T): { target: KindKey; ids: string[] }[];
  /**
   * Entries of the owning kind that refer to `targetId` through this field, or to any entry of
   * `target` when no id is given: each as the pair of who refers and to what.
   */
  findReferrers?(db: Db, owner: OwnerTable, target: KindKey, targetId?: string): Promise<Reference[]>;
  /**
   * Asked of an edit, against the entry as stored (its row as JSON): why this new value needs the
   * editor's explicit confirmation (a money figure ten times the old one, or a tenth), or null.
   */
  confirmChange?(stored: Snapshot, value: T): string | null;
  /** One line of text for the history's differences and the preview. */
  describe(values: FormValues, names: NameLookup): string;
}

/** The owning kind's table, as much of it as a field needs to find referrers. */
export interface OwnerTable {
  findMany(args: {
    where: Record<string, unknown>;
    select: { id: true } & Record<string, true>;
  }): Promise<({ id: string } & Record<string, unknown>)[]>;
}

/** A submitted value as one string ("" when absent); a repeated key is not one string. */
export function single(value: unknown): unknown {
  return value === undefined || value === null ? "" : value;
}

/** A submitted value as a list of strings (a checkbox list sends its key once per tick). */
export function list(value: unknown): string[] {
  if (value === undefined || value === null || value === "") return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

/** A form value as text, for describing it. */
export function text(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join("、") : (value ?? "");
}
