import type { Money } from "@/lib/format/money";
import { sumMoney } from "@/lib/format/money";
import type { RoundView } from "@/lib/funding/round-view";

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
