import { truncateToPrecision, type DatePrecision } from "@/lib/format/date";
import { t } from "@/lib/i18n";

const e = t.admin.errors;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PRECISIONS: readonly DatePrecision[] = ["DAY", "MONTH", "YEAR"];

export type ParsedPartialDate =
  { ok: true; date: Date; precision: DatePrecision } | { ok: false; message: string };

/**
 * "2024-07-24", "2024-07" or "2024" with a precision to a UTC date truncated to it (a month is
 * stored as its first day). A date that does not exist, like 2024-02-30, is refused rather than
 * rolled over into March, and a precision finer than the text is refused rather than guessed.
 */
export function parsePartialDate(input: string, precisionInput: string): ParsedPartialDate {
  const text = input.trim();
  const match = DATE.exec(text);
  if (!match) return { ok: false, message: e.dateFormat };
  const precision = PRECISIONS.find((p) => p === precisionInput);
  if (!precision) return { ok: false, message: e.datePrecisionMissing };
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
  if (PRECISIONS.indexOf(precision) < PRECISIONS.indexOf(given)) {
    return { ok: false, message: e.dateTooVague(t.admin.form.precisionOptions[precision]) };
  }
  return { ok: true, date: truncateToPrecision(date, precision), precision };
}

/** A stored date back to the text an editor types, at its precision. */
export function formatPartialDateInput(iso: string, precision: DatePrecision): string {
  return iso.slice(0, { DAY: 10, MONTH: 7, YEAR: 4 }[precision]);
}
