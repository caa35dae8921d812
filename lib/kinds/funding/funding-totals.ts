import type { DateFigure, FigureQualifier, MoneyFigure } from "@/lib/content/types";
import type { RoundView } from "@/lib/kinds/funding/round-view";
import { t } from "@/lib/i18n";

/** A round as a total names it. */
export interface RoundRef {
  slug: string;
  name: string;
}

/** A part of one of our sums whose figure the source hedges, or that we inferred. */
export interface QualifiedPart {
  round: RoundRef;
  qualifier: FigureQualifier;
}

/**
 * One of our own sums, in one currency: never the sources' word, so the page labels it as ours
 * and says what it adds up. Approximate (约) when any of its parts is.
 */
export interface ComputedSum {
  total: MoneyFigure;
  /** The rounds it adds up, oldest first. */
  included: RoundRef[];
  /** Those of its parts the sources hedge (约, 据报道) or we inferred, each with its word. */
  qualifiedParts: QualifiedPart[];
}

export interface FundingPoint {
  slug: string;
  name: string;
  dateIso: string;
  /** The round's date with its qualifier (推算); null for a year's bar, named by its year. */
  date: DateFigure | null;
  /** Sum of the USD figures the sources gave, up to and including this round, in minor units. */
  cumulativeUsdMinor: string;
  /** Whether any figure in that sum is approximate (约). */
  cumulativeApproximate: boolean;
  /** Rounds up to here the sum leaves out, having no USD figure. */
  leftOut: RoundRef[];
  /** The round's valuation in its own currency, with its qualifier. */
  valuation: MoneyFigure | null;
}

export interface FundingTotals {
  /** The rounds' amounts summed in each currency they were raised in (EUR and USD apart). */
  byCurrency: ComputedSum[];
  /** The USD figures the sources gave for each round, summed; null when no round has one. */
  usd: ComputedSum | null;
  /** Rounds the USD sum leaves out, having no USD figure: named beside it. */
  roundsWithoutUsd: RoundRef[];
  series: FundingPoint[];
  /** The latest round's valuation that has one, in its own currency, with its qualifier. */
  latestValuation: { round: RoundRef; date: DateFigure; valuation: MoneyFigure } | null;
}

const refOf = (round: RoundView): RoundRef => ({ slug: round.slug, name: round.name });

/** Adds figures of one currency exactly, approximate when any part is. */
function sumFigures(
  parts: readonly { round: RoundView; figure: MoneyFigure }[],
  currency: string,
): ComputedSum {
  const total = parts.reduce((sum, part) => sum + BigInt(part.figure.value.minor), 0n);
  const qualifiedParts = parts.flatMap(({ round, figure }) =>
    figure.qualifier ? [{ round: refOf(round), qualifier: figure.qualifier }] : [],
  );
  return {
    total: {
      value: { minor: total.toString(), currency },
      qualifier: qualifiedParts.some((part) => part.qualifier === "APPROXIMATE") ? "APPROXIMATE" : null,
      basis: null,
    },
    included: parts.map((part) => refOf(part.round)),
    qualifiedParts,
  };
}

/** Totals and the cumulative series of rounds given oldest first. Exact: BigInt throughout. */
export function computeFundingTotals(rounds: readonly RoundView[]): FundingTotals {
  const amounts = rounds.flatMap((round) => (round.amount ? [{ round, figure: round.amount }] : []));
  const currencies = [...new Set(amounts.map((part) => part.figure.value.currency))].sort();
  const withUsd = rounds.flatMap((round) => (round.amountUsd ? [{ round, figure: round.amountUsd }] : []));
  const series = rounds.map((round, i): FundingPoint => {
    const upToHere = rounds.slice(0, i + 1);
    const usd = sumFigures(
      withUsd.filter((part) => upToHere.includes(part.round)),
      "USD",
    );
    return {
      slug: round.slug,
      name: round.name,
      dateIso: round.date.value.iso,
      date: round.date,
      cumulativeUsdMinor: usd.total.value.minor,
      cumulativeApproximate: usd.total.qualifier === "APPROXIMATE",
      leftOut: upToHere.filter((r) => !r.amountUsd).map(refOf),
      valuation: round.valuation,
    };
  });
  const valued = rounds.filter((round) => round.valuation);
  const latest = valued[valued.length - 1];
  return {
    byCurrency: currencies.map((currency) =>
      sumFigures(
        amounts.filter((part) => part.figure.value.currency === currency),
        currency,
      ),
    ),
    usd: withUsd.length ? sumFigures(withUsd, "USD") : null,
    roundsWithoutUsd: rounds.filter((round) => !round.amountUsd).map(refOf),
    series,
    latestValuation: latest
      ? { round: refOf(latest), date: latest.date, valuation: latest.valuation! }
      : null,
  };
}

/** More bars than this make the chart unreadable (and its page heavy): then one bar per year. */
export const MAX_CHART_BARS = 12;

/**
 * The series as the chart draws it: one point per round while they are few; past
 * MAX_CHART_BARS, one per year, holding the cumulative total at the year's last round and the
 * last valuation given that year.
 */
export function chartSeries(series: readonly FundingPoint[]): FundingPoint[] {
  if (series.length <= MAX_CHART_BARS) return [...series];
  const byYear = new Map<string, FundingPoint>();
  for (const point of series) {
    const year = point.dateIso.slice(0, 4);
    const previous = byYear.get(year);
    byYear.set(year, {
      ...point,
      slug: `year-${year}`,
      name: t.timeline.yearOption(Number(year)),
      dateIso: year,
      date: null,
      valuation: point.valuation ?? previous?.valuation ?? null,
    });
  }
  return [...byYear.values()];
}
