// How a figure stands in its source, said wherever the figure is shown: "约 4.15 亿美元",
// "据报道 20 亿美元", "2023年12月（推算）". Money (lib/format/money.ts) and dates
// (lib/format/date.ts) are worded through `qualify`, so every page, feed and file says it alike.
import { t } from "@/lib/i18n";

/** The database's FigureQualifier: null when the source states the figure plainly. */
export type FigureQualifier = "APPROXIMATE" | "REPORTED" | "INFERRED";

/** In the admin's order: the source's own hedges first, then ours. */
export const FIGURE_QUALIFIERS: readonly FigureQualifier[] = ["APPROXIMATE", "REPORTED", "INFERRED"];

export function isFigureQualifier(value: unknown): value is FigureQualifier {
  return typeof value === "string" && (FIGURE_QUALIFIERS as readonly string[]).includes(value);
}

/** A figure with how it stands: `basis` says how an INFERRED one was worked out. */
export interface Figure<T> {
  value: T;
  qualifier: FigureQualifier | null;
  basis: string | null;
}

/** The qualifier's word as readers read it: 约, 据报道, 推算. */
export function qualifierLabel(qualifier: FigureQualifier): string {
  return t.enums.figureQualifier[qualifier];
}

/**
 * A figure's text with its qualifier: the source's hedges before it, as the source writes them
 * ("约 4.15 亿美元", "据报道 20 亿美元"), ours after it ("2023年12月（推算）").
 */
export function qualify(text: string, qualifier: FigureQualifier | null | undefined): string {
  if (!qualifier) return text;
  return qualifier === "INFERRED"
    ? `${text}（${qualifierLabel(qualifier)}）`
    : `${qualifierLabel(qualifier)} ${text}`;
}

/** The line an INFERRED figure's basis is shown in, e.g. "推算依据：种子轮（2023 年 6 月）“仅六个月后”". */
export function basisText(figure: Pick<Figure<unknown>, "qualifier" | "basis">): string | null {
  return figure.qualifier === "INFERRED" && figure.basis ? t.claims.figures.basisLine(figure.basis) : null;
}

/** A figure read from its value and qualifier columns; null when there is no value. */
export function toFigure<T>(
  value: T | null,
  qualifier: FigureQualifier | null | undefined,
  basis: string | null | undefined,
): Figure<T> | null {
  return value === null ? null : { value, qualifier: qualifier ?? null, basis: basis ?? null };
}
