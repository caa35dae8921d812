import type { DatePrecision, PartialDate } from "@/lib/format/date";
import type { Money } from "@/lib/format/money";
import { toFigure, type FigureQualifier } from "@/lib/format/figure";
import type { MoneyFigure } from "@/lib/content/types";

/** A stored date and precision as a PartialDate, or null when either is missing. */
export function toPartialDate(
  date: Date | null | undefined,
  precision: DatePrecision | null | undefined,
): PartialDate | null {
  return date && precision ? { iso: date.toISOString(), precision } : null;
}

/** An amount read with its qualifier columns (`<field>Qualifier`, `<field>Basis`); null without one. */
export function toMoneyFigure(
  minor: bigint | null | undefined,
  currency: string | null | undefined,
  qualifier: FigureQualifier | null | undefined,
  basis: string | null | undefined,
): MoneyFigure | null {
  return toFigure(toMoney(minor, currency), qualifier, basis);
}

/** A stored amount and currency as Money, or null when either is missing. */
export function toMoney(minor: bigint | null | undefined, currency: string | null | undefined): Money | null {
  return minor !== null && minor !== undefined && currency ? { minor: minor.toString(), currency } : null;
}

/** Names an entry's `name` field `title`, so kinds that call it differently read alike. */
export function titled<T extends { name: string }>(rows: T[]): (Omit<T, "name"> & { title: string })[] {
  return rows.map(({ name, ...row }) => ({ ...row, title: name }));
}
