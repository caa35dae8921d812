import { describe, expect, it } from "vitest";
import type { FigureQualifier, MoneyFigure } from "@/lib/content/types";
import {
  chartSeries,
  computeFundingTotals,
  MAX_CHART_BARS,
  type FundingPoint,
} from "@/lib/kinds/funding/funding-totals";
import type { RoundView } from "@/lib/kinds/funding/round-view";

const figure = (minor: string, currency: string, qualifier: FigureQualifier | null = null): MoneyFigure => ({
  value: { minor, currency },
  qualifier,
  basis: null,
});

const round = (
  slug: string,
  month: string,
  figures: Partial<Pick<RoundView, "amount" | "amountUsd" | "valuation">>,
): RoundView => ({
  slug,
  name: slug,
  stage: null,
  instrument: "EQUITY",
  date: { value: { iso: `${month}-01T00:00:00.000Z`, precision: "MONTH" }, qualifier: null, basis: null },
  amount: null,
  amountUsd: null,
  valuation: null,
  summary: "",
  investors: [],
  ...figures,
});

// The story's rounds, as seeded: two USD figures are the story's approximate conversions.
const story = [
  round("seed", "2023-06", {
    amount: figure("11200000000", "USD"),
    amountUsd: figure("11200000000", "USD"),
    valuation: figure("26000000000", "USD", "REPORTED"),
  }),
  round("a", "2023-12", {
    amount: figure("38500000000", "EUR"),
    amountUsd: figure("41500000000", "USD", "APPROXIMATE"),
    valuation: figure("200000000000", "USD", "REPORTED"),
  }),
  round("msft", "2024-02", { amount: figure("1500000000", "EUR"), amountUsd: figure("1630000000", "USD") }),
  round("june", "2024-06", {
    amount: figure("60000000000", "EUR"),
    amountUsd: figure("64000000000", "USD", "APPROXIMATE"),
    valuation: figure("600000000000", "USD"),
  }),
];
const ref = (slug: string) => ({ slug, name: slug });

describe("computeFundingTotals", () => {
  it("sums each currency apart, says which rounds each sum adds up, and 约 when any part is approximate", () => {
    const totals = computeFundingTotals(story);
    expect(totals.byCurrency).toEqual([
      {
        total: figure("100000000000", "EUR"),
        included: [ref("a"), ref("msft"), ref("june")],
        qualifiedParts: [],
      },
      { total: figure("11200000000", "USD"), included: [ref("seed")], qualifiedParts: [] },
    ]);
    expect(totals.usd).toEqual({
      total: figure("118330000000", "USD", "APPROXIMATE"),
      included: story.map((r) => ref(r.slug)),
      qualifiedParts: [
        { round: ref("a"), qualifier: "APPROXIMATE" },
        { round: ref("june"), qualifier: "APPROXIMATE" },
      ],
    });
    expect(totals.roundsWithoutUsd).toEqual([]);
  });

  it("names a round the USD sum leaves out, having no USD figure", () => {
    const later = round("series-c", "2025-09", { amount: figure("170000000000", "EUR") });
    const totals = computeFundingTotals([...story, later]);
    expect(totals.roundsWithoutUsd).toEqual([ref("series-c")]);
    expect(totals.usd?.included).not.toContainEqual(ref("series-c"));
    expect(totals.series.at(-1)?.leftOut).toEqual([ref("series-c")]);
    expect(totals.byCurrency[0].total).toEqual(figure("270000000000", "EUR"));
  });

  it("takes the latest valuation from the latest round that has one, in its own currency, with its qualifier", () => {
    expect(computeFundingTotals(story).latestValuation).toMatchObject({
      round: ref("june"),
      valuation: figure("600000000000", "USD"),
    });
    const inEuros = round("series-c", "2025-09", { valuation: figure("1170000000000", "EUR", "REPORTED") });
    expect(computeFundingTotals([...story, inEuros]).latestValuation).toMatchObject({
      round: ref("series-c"),
      valuation: figure("1170000000000", "EUR", "REPORTED"),
    });
    expect(computeFundingTotals([story[2]]).latestValuation).toBeNull();
  });

  it("draws the cumulative USD sum round by round, 约 from the first approximate part on", () => {
    const series = computeFundingTotals(story).series;
    expect(series.map((p) => [p.cumulativeUsdMinor, p.cumulativeApproximate])).toEqual([
      ["11200000000", false],
      ["52700000000", true],
      ["54330000000", true],
      ["118330000000", true],
    ]);
    expect(series[1].valuation).toEqual(figure("200000000000", "USD", "REPORTED"));
  });
});

const point = (n: number, dateIso: string, valuation: MoneyFigure | null = null): FundingPoint => ({
  slug: `round-${n}`,
  name: `第 ${n} 轮`,
  dateIso,
  date: { value: { iso: `${dateIso}T00:00:00.000Z`, precision: "DAY" }, qualifier: null, basis: null },
  cumulativeUsdMinor: String(n * 100),
  cumulativeApproximate: false,
  leftOut: [],
  valuation,
});

describe("chartSeries", () => {
  it("draws each round while there are few", () => {
    const few = [point(1, "2023-06-01"), point(2, "2023-12-01")];
    expect(chartSeries(few)).toEqual(few);
  });

  it("draws one bar per year past the limit: the year's last total and last valuation", () => {
    const valuation = figure("9000", "EUR", "REPORTED");
    const many = Array.from({ length: MAX_CHART_BARS + 1 }, (_, i) =>
      point(i + 1, `${2020 + (i % 3) + (i >= 9 ? 3 : 0)}-0${1 + (i % 9)}-01`, i === 4 ? valuation : null),
    ).sort((a, b) => a.dateIso.localeCompare(b.dateIso));
    const years = chartSeries(many);
    expect(years.map((p) => p.dateIso)).toEqual([...new Set(many.map((p) => p.dateIso.slice(0, 4)))]);
    for (const year of years) {
      const inYear = many.filter((p) => p.dateIso.startsWith(year.dateIso));
      expect(year.cumulativeUsdMinor).toBe(inYear[inYear.length - 1].cumulativeUsdMinor);
      expect(year.name).toBe(`${year.dateIso} 年`);
      expect(year.date).toBeNull();
    }
    const withValuation = many.find((p) => p.valuation)!;
    expect(years.find((y) => withValuation.dateIso.startsWith(y.dateIso))?.valuation).toEqual(valuation);
  });
});
