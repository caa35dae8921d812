import { z } from "zod";
import { type Field, single, text } from "@/lib/kinds/fields/field";
import type { QualifierUi } from "@/lib/kinds/fields/field-ui";
import { textSchema } from "@/lib/kinds/fields/scalar-fields";
import { FIGURE_QUALIFIERS, isFigureQualifier, qualify, type FigureQualifier } from "@/lib/format/figure";
import { t } from "@/lib/i18n";

const w = t.claims.figures;
const BASIS_MAX = 200;

/** Where a figure's qualifier and an INFERRED figure's basis are stored. */
export interface QualifierColumns {
  /** The FigureQualifier column, e.g. "valuationQualifier"; null means the source states it plainly. */
  qualifierColumn?: string;
  /** Its basis column; by default the qualifier's with "Basis" for "Qualifier". */
  basisColumn?: string;
}

/** A figure's value with how it stands in its source (lib/format/figure.ts). */
export interface QualifiedValue<T> {
  figure: T;
  qualifier: FigureQualifier | null;
  basis: string | null;
}

/** The form's inputs of a figure's qualifier and basis, beside the figure's own. */
export const qualifierInput = (name: string) => `${name}.qualifier`;
export const basisInput = (name: string) => `${name}.basis`;

/**
 * The select beside a figure (约, 据报道, 推算; none by default) and, for 推算, how it was worked out:
 * what the form draws. Plain data, for the client form.
 */
function qualifierUi(name: string, label: string): QualifierUi {
  return {
    name: qualifierInput(name),
    label: w.qualifier(label),
    basisName: basisInput(name),
    basisLabel: w.basis(label),
    basisMaxLength: BASIS_MAX,
    emptyLabel: w.none,
    options: FIGURE_QUALIFIERS.map((value) => ({ value, label: t.enums.figureQualifier[value] })),
    help: w.help,
  };
}

/**
 * A figure field (money, a date) with its qualifier: one select beside it and, for an INFERRED
 * figure, its basis. Parsed in the field's one schema, so a qualifier without a figure, an
 * INFERRED figure without its basis, or a basis for a figure not INFERRED is refused beside the
 * field. Stored in two columns of the entry's row; told with the figure in the admin's lists, the
 * history and the change log ("据报道 20 亿美元").
 */
export function withQualifier<T>(
  field: Field<T | null>,
  { qualifierColumn, basisColumn = qualifierColumn?.replace(/Qualifier$/, "Basis") }: QualifierColumns,
): Field<T | QualifiedValue<T> | null> {
  if (!qualifierColumn || !basisColumn) return field;
  const { name, label } = field;
  if (field.ui.type !== "money" && field.ui.type !== "partialDate") {
    throw new Error(`${name}: only a money or date field takes a qualifier`);
  }
  const qualifierKey = qualifierInput(name);
  const basisKey = basisInput(name);
  const columnText = (value: unknown) => (value === null || value === undefined ? "" : String(value));
  const qualified: Field<QualifiedValue<T> | null> = {
    name,
    label,
    ui: { ...field.ui, qualifier: qualifierUi(name, label) },
    targets: field.targets,
    schema: z
      .object({
        figure: field.schema,
        qualifier: z.preprocess(
          single,
          z.string({ error: t.admin.errors.unknownOption(w.qualifier(label)) }),
        ),
        basis: textSchema(w.basis(label), { max: BASIS_MAX }),
      })
      .transform(({ figure, qualifier, basis }, ctx) => {
        if (qualifier !== "" && !isFigureQualifier(qualifier)) {
          ctx.addIssue({ code: "custom", message: t.admin.errors.unknownOption(w.qualifier(label)) });
          return null;
        }
        const chosen = qualifier === "" ? null : qualifier;
        if (chosen && figure === null) {
          ctx.addIssue({ code: "custom", message: w.errors.withoutFigure(label) });
        }
        if (chosen === "INFERRED" && basis === "") {
          ctx.addIssue({ code: "custom", message: w.errors.basisRequired(label) });
        }
        if (chosen !== "INFERRED" && basis !== "") {
          ctx.addIssue({ code: "custom", message: w.errors.basisWithoutInferred(label) });
        }
        return figure === null ? null : { figure, qualifier: chosen, basis: basis === "" ? null : basis };
      }),
    pick: (values) => ({
      figure: field.pick(values),
      qualifier: values[qualifierKey],
      basis: values[basisKey],
    }),
    toValues: (snapshot) => ({
      ...field.toValues(snapshot),
      [qualifierKey]: columnText(snapshot[qualifierColumn]),
      [basisKey]: columnText(snapshot[basisColumn]),
    }),
    columns: (value) => ({
      ...field.columns?.(value?.figure ?? null),
      [qualifierColumn]: value?.qualifier ?? null,
      [basisColumn]: value?.basis ?? null,
    }),
    confirmChange: field.confirmChange
      ? (stored, value) => field.confirmChange!(stored, value?.figure ?? null)
      : undefined,
    describe: (values, names) => {
      const figure = field.describe(values, names);
      if (!figure) return "";
      const qualifier = text(values[qualifierKey]);
      const basis = text(values[basisKey]);
      const shown = qualify(figure, isFigureQualifier(qualifier) ? qualifier : null);
      // An exact figure rounded for the eye already reads "约 …（€…）": one 约 is enough.
      const once = shown.replace(/^约 约 /, "约 ");
      return basis ? `${once}；${w.basisLine(basis)}` : once;
    },
  };
  return qualified;
}
