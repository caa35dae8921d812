import { qualify, type Figure } from "@/lib/format/figure";

/** How much of a date is known: "2024 年" must never read as "2024-01-01". */
export type DatePrecision = "DAY" | "MONTH" | "YEAR";

/** A date as the source states it: an ISO instant (UTC) and how much of it is known. */
export interface PartialDate {
  iso: string;
  precision: DatePrecision;
}

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  DAY: { year: "numeric", month: "long", day: "numeric" },
  MONTH: { year: "numeric", month: "long" },
  YEAR: { year: "numeric" },
};

// Making a formatter costs far more than using one (a page of search results shows ~100 dates):
// one per locale and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2024年7月24日", "2024年7月" or "2024年", never more precise than the source. */
export function formatPartialDate(date: PartialDate, locale = "zh-CN"): string {
  const key = `${locale} ${date.precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...FORMATS[date.precision], timeZone: "UTC" });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(date.iso));
}

/** A date with how it stands in its source: "2023年12月（推算）", "2024年6月". */
export function formatDateFigure(figure: Figure<PartialDate>, locale = "zh-CN"): string {
  return qualify(formatPartialDate(figure.value, locale), figure.qualifier);
}

/** The value for `<time dateTime>`: "2024-07-24", "2024-07" or "2024". */
export function partialDateAttribute(date: PartialDate): string {
  const length = { DAY: 10, MONTH: 7, YEAR: 4 }[date.precision];
  return date.iso.slice(0, length);
}

/** Truncates a date to its precision, so a month stores as its first day (UTC). */
export function truncateToPrecision(date: Date, precision: DatePrecision): Date {
  const y = date.getUTCFullYear();
  if (precision === "YEAR") return new Date(Date.UTC(y, 0, 1));
  if (precision === "MONTH") return new Date(Date.UTC(y, date.getUTCMonth(), 1));
  return new Date(Date.UTC(y, date.getUTCMonth(), date.getUTCDate()));
}

export function yearOf(date: PartialDate): number {
  return new Date(date.iso).getUTCFullYear();
}
