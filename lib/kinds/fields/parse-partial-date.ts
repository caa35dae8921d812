import { truncateToPrecision, type DatePrecision } from "@/lib/format/date";
import { t } from "@/lib/i18n";

const e = t.admin.errors;
// A year, then a month and a day of one or two digits, by "-", "/" or ".", or as 2025年9月9日.
const DATE = /^(\d{4})(?:(?:[-/.]|年)(\d{1,2})(?:(?:[-/.]|月)(\d{1,2})日?)?月?)?年?$/;
const PRECISIONS: readonly DatePrecision[] = ["DAY", "MONTH", "YEAR"];

export type ParsedPartialDate =
  { ok: true; date: Date; precision: DatePrecision } | { ok: false; message: string };

/**
 * "2024-07-24", "2024-7", "2024年7月" or "2024" with a precision to a UTC date truncated to it (a
 * month is stored as its first day). The text says how precise it is: a precision finer than the
 * text gives way to it ("2025-06" is a month, whatever was chosen), a coarser one truncates it. A
 * date that does not exist, like 2024-02-30, is refused rather than rolled over into March.
 */
export function parsePartialDate(input: string, precisionInput: string): ParsedPartialDate {
  const text = input.trim();
  const match = DATE.exec(text);
  if (!match) return { ok: false, message: e.dateFormat };
  const chosen = PRECISIONS.find((p) => p === precisionInput);
  if (!chosen) return { ok: false, message: e.datePrecisionMissing };
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1900 || year > 2999) return { ok: false, message: e.dateYear };
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: e.dateImpossible(text) };
  }
  const given: DatePrecision = d !== undefined ? "DAY" : m !== undefined ? "MONTH" : "YEAR";
  const coarser = PRECISIONS[Math.max(PRECISIONS.indexOf(chosen), PRECISIONS.indexOf(given))];
  return { ok: true, date: truncateToPrecision(date, coarser), precision: coarser };
}

/** A stored date back to the text an editor types, at its precision. */
export function formatPartialDateInput(iso: string, precision: DatePrecision): string {
  return iso.slice(0, { DAY: 10, MONTH: 7, YEAR: 4 }[precision]);
}
