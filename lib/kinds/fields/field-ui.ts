// What the generic form needs to draw a field: plain, serializable data (no functions), so a
// server page can hand it to the client form. The server side of a field is in ./field.ts.
import type { KindKey } from "@/lib/kinds";

export interface Option {
  value: string;
  label: string;
}

/** A field another value may be given for; for money, the row also takes an exact figure. */
export interface AlternativeFieldOption extends Option {
  money: boolean;
  fixedCurrency?: string;
}

/** The select beside a figure saying how it stands in its source, and an INFERRED one's basis. */
export interface QualifierUi {
  /** The select's input name, e.g. "valuation.qualifier". */
  name: string;
  label: string;
  /** The basis text box's input name, e.g. "valuation.basis". */
  basisName: string;
  basisLabel: string;
  basisMaxLength: number;
  /** The empty choice: the source states the figure plainly. */
  emptyLabel: string;
  options: Option[];
  help: string;
}

interface BaseUi {
  name: string;
  label: string;
  help?: string;
}

export type FieldUi =
  | (BaseUi & { type: "text" | "url" | "integer"; required: boolean; maxLength?: number })
  | (BaseUi & { type: "textarea" | "markdown"; required: boolean; maxLength: number })
  | (BaseUi & { type: "checkbox" })
  | (BaseUi & {
      type: "select";
      required: boolean;
      options: Option[];
      /** The empty choice's label when it means more than "none", e.g. "未说明". */
      emptyLabel?: string;
    })
  | (BaseUi & { type: "partialDate"; required: boolean; qualifier?: QualifierUi })
  | (BaseUi & { type: "date"; required: boolean })
  | (BaseUi & { type: "money"; currencies: string[]; fixedCurrency?: string; qualifier?: QualifierUi })
  | (BaseUi & { type: "reference"; required: boolean; target: KindKey })
  | (BaseUi & { type: "references"; target: KindKey })
  | (BaseUi & { type: "investors" })
  | (BaseUi & { type: "citations" })
  | (BaseUi & { type: "alternatives"; fields: AlternativeFieldOption[]; currencies: string[] });

/** Entries of other kinds a form can refer to, by kind. */
export type OptionsByKind = Partial<Record<KindKey, Option[]>>;

/** Input names of a row field's cells: `investors.0.ref`, `citations.2.claim`. */
export const rowInputName = (field: string, index: number, cell: string) => `${field}.${index}.${cell}`;

/** The DOM id of a field's first input, for labels and the error summary's links. */
export const fieldInputId = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
