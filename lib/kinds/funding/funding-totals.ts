import type { Money } from "@/lib/format/money";
import { sumMoney } from "@/lib/format/money";
import type { RoundView } from "@/lib/kinds/funding/round-view";
import { t } from "@/lib/i18n";

export interface FundingPoint {
  slug: string;
  name: string;
  dateIso: string;
  /** Cumulative USD raised (as reported) up to and including this round, in minor units. */
  cumulativeUsdMinor: string;
  valuationUsdMinor: string | null;
}

export interface FundingTotals {
  /** Sum of the rounds' amounts in each currency they were raised in. */
  byCurrency: Money[];
  /** Sum of the USD figures as reported. */
  usdReported: Money;
  /** Rounds without a reported USD figure are left out of the USD sum; say so. */
  roundsWithoutUsd: number;
  series: FundingPoint[];
  latestValuation: Money | null;
}

/** Totals and the cumulative series of rounds given oldest first. Exact: BigInt throughout. */
export function computeFundingTotals(rounds: readonly RoundView[]): FundingTotals {
  const amounts = rounds.flatMap((r) => (r.amount ? [r.amount] : []));
  const currencies = [...new Set(amounts.map((m) => m.currency))].sort();
  let cumulative = 0n;
  const series = rounds.map((round) => {
    cumulative += round.amountUsd ? BigInt(round.amountUsd.minor) : 0n;
    return {
      slug: round.slug,
      name: round.name,
      dateIso: round.date.iso,
      cumulativeUsdMinor: cumulative.toString(),
      valuationUsdMinor: round.valuation?.currency === "USD" ? round.valuation.minor : null,
    };
  });
  const valued = rounds.filter((r) => r.valuation);
  return {
    byCurrency: currencies.map((currency) => sumMoney(amounts, currency)),
    usdReported: { minor: cumulative.toString(), currency: "USD" },
    roundsWithoutUsd: rounds.filter((r) => !r.amountUsd).length,
    series,
    latestValuation: valued.length ? valued[valued.length - 1].valuation : null,
  };
}

/** More bars than this make the chart unreadable (and its page heavy): then one bar per year. */
export const MAX_CHART_BARS = 12;

/**
 * The series as the chart draws it: one point per round while they are few; past
 * MAX_CHART_BARS, one per year, holding the cumulative total at the year's last round and the
 * last valuation reported that year.
 */
export function chartSeries(series: readonly FundingPoint[]): FundingPoint[] {
  if (series.length <= MAX_CHART_BARS) return [...series];
  const byYear = new Map<string, FundingPoint>();
  for (const point of series) {
    const year = point.dateIso.slice(0, 4);
    const previous = byYear.get(year);
    byYear.set(year, {
      slug: `year-${year}`,
      name: t.timeline.yearOption(Number(year)),
      dateIso: year,
      cumulativeUsdMinor: point.cumulativeUsdMinor,
      valuationUsdMinor: point.valuationUsdMinor ?? previous?.valuationUsdMinor ?? null,
    });
  }
  return [...byYear.values()];
}
