import { z } from "zod";
import { type Field, text } from "@/lib/kinds/fields/field";
import { formatPartialDateInput, parsePartialDate } from "@/lib/kinds/fields/parse-partial-date";
import { formatPartialDate, type DatePrecision } from "@/lib/format/date";
import { t } from "@/lib/i18n";
import {
  withQualifier,
  type QualifiedValue,
  type QualifierColumns,
} from "@/lib/kinds/fields/qualified-field";

const e = t.admin.errors;

export interface PartialDateValue {
  date: Date;
  precision: DatePrecision;
}

/**
 * A date as precise as the source: the text ("2024-07", …) in `name`, the precision in
 * `name.precision`, stored in a date column and a precision column. With `qualifierColumn`, a
 * select beside it says how the date stands in its source (推算 for a month we worked out:
 * withQualifier).
 */
export function partialDateField(
  name: string,
  label: string,
  options: DateOptions = {},
): Field<PartialDateValue | QualifiedValue<PartialDateValue> | null> {
  return withQualifier(plainPartialDateField(name, label, options), options);
}

interface DateOptions extends QualifierColumns {
  required?: boolean;
  dateColumn?: string;
  precisionColumn?: string;
  help?: string;
}

function plainPartialDateField(
  name: string,
  label: string,
  { required = false, dateColumn = name, precisionColumn = `${name}Precision`, help }: DateOptions,
): Field<PartialDateValue | null> {
  const precisionKey = `${name}.precision`;
  return {
    name,
    label,
    ui: { type: "partialDate", name, label, required, help },
    schema: z
      .object(
        {
          value: z.string({ error: e.invalid(label) }).default(""),
          precision: z.string({ error: e.invalid(label) }).default("DAY"),
        },
        { error: e.invalid(label) },
      )
      .transform((raw, ctx) => {
        if (raw.value.trim() === "") {
          if (required) ctx.addIssue({ code: "custom", message: e.required(label) });
          return null;
        }
        const parsed = parsePartialDate(raw.value, raw.precision);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: parsed.message });
          return null;
        }
        return { date: parsed.date, precision: parsed.precision };
      }),
    pick: (values) => ({ value: values[name], precision: values[precisionKey] }),
    toValues: (snapshot) => {
      const iso = snapshot[dateColumn];
      const precision = snapshot[precisionColumn] as DatePrecision | null;
      return typeof iso === "string" && precision
        ? { [name]: formatPartialDateInput(iso, precision), [precisionKey]: precision }
        : { [name]: "", [precisionKey]: "DAY" };
    },
    columns: (value) => ({ [dateColumn]: value?.date ?? null, [precisionColumn]: value?.precision ?? null }),
    describe: (values) => {
      const parsed = parsePartialDate(text(values[name]), text(values[precisionKey]));
      return parsed.ok
        ? formatPartialDate({ iso: parsed.date.toISOString(), precision: parsed.precision })
        : text(values[name]);
    },
  };
}
