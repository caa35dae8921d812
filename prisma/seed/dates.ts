import type { DatePrecision } from "@/lib/generated/prisma/enums";

/** A date as precise as the story or its source allows: "2024 年" must not become a day. */
export interface PartialDate {
  date: Date;
  precision: DatePrecision;
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function parts(value: string, pattern: RegExp): number[] {
  const match = pattern.exec(value);
  if (!match) throw new Error(`Bad seed date "${value}"`);
  return match.slice(1).map(Number);
}

/** A known day, e.g. from a TechCrunch URL's /YYYY/MM/DD/. */
export function onDay(value: string): PartialDate {
  const [y, m, d] = parts(value, /^(\d{4})-(\d{2})-(\d{2})$/);
  const date = utc(y, m, d);
  if (date.getUTCDate() !== d) throw new Error(`No such day "${value}"`);
  return { date, precision: "DAY" };
}

/** A known month only ("2025 年 5 月"): stored as its first day. */
export function inMonth(value: string): PartialDate {
  const [y, m] = parts(value, /^(\d{4})-(\d{2})$/);
  return { date: utc(y, m, 1), precision: "MONTH" };
}

/** A known year only ("2023 年"): stored as 1 January. */
export function inYear(value: string): PartialDate {
  const [y] = parts(value, /^(\d{4})$/);
  return { date: utc(y, 1, 1), precision: "YEAR" };
}

/** Whether the stored date is the canonical one for its precision. */
export function isCanonical({ date, precision }: PartialDate): boolean {
  const midnight =
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0;
  if (!midnight) return false;
  if (precision === "DAY") return true;
  if (precision === "MONTH") return date.getUTCDate() === 1;
  return date.getUTCDate() === 1 && date.getUTCMonth() === 0;
}
