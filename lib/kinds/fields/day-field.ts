import { z } from "zod";
import { type Field, single, text } from "@/lib/kinds/fields/field";
import { parsePartialDate } from "@/lib/kinds/fields/parse-partial-date";
import { formatPartialDate } from "@/lib/format/date";
import { beijingDateParts } from "@/lib/format/timestamp";
import { t } from "@/lib/i18n";

const e = t.admin.errors;

/** Today in Beijing, the admin's zone, as UTC midnight of that day (as days are stored). */
function todayInBeijing(): Date {
  const [year, month, day] = beijingDateParts(new Date());
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * A whole day on which something was done, e.g. when an editor last checked a source: typed as
 * YYYY-MM-DD (a date input), stored as that day's UTC midnight, empty as NULL. A day still to
 * come (in Beijing) is refused: nobody has checked anything tomorrow.
 */
export function dayField(name: string, label: string, { help }: { help?: string } = {}): Field<Date | null> {
  return {
    name,
    label,
    ui: { type: "date", name, label, required: false, help },
    schema: z.preprocess(
      single,
      z
        .string({ error: e.invalid(label) })
        .max(40, { error: e.dateFormat, abort: true })
        .transform((value, ctx) => {
          if (value.trim() === "") return null;
          const parsed = parsePartialDate(value, "DAY");
          if (!parsed.ok) {
            ctx.addIssue({ code: "custom", message: parsed.message });
            return null;
          }
          if (parsed.precision !== "DAY") {
            ctx.addIssue({ code: "custom", message: e.dayNeeded(label) });
            return null;
          }
          if (parsed.date > todayInBeijing()) {
            ctx.addIssue({ code: "custom", message: e.dayInFuture(label) });
            return null;
          }
          return parsed.date;
        }),
    ),
    pick: (values) => values[name],
    toValues: (snapshot) => {
      const iso = snapshot[name];
      return { [name]: typeof iso === "string" ? iso.slice(0, 10) : "" };
    },
    columns: (value) => ({ [name]: value }),
    describe: (values) => {
      const value = text(values[name]);
      const parsed = parsePartialDate(value, "DAY");
      return parsed.ok && parsed.precision === "DAY"
        ? formatPartialDate({ iso: parsed.date.toISOString(), precision: "DAY" })
        : value;
    },
  };
}
