import { describe, expect, it } from "vitest";
import { chartSeries, MAX_CHART_BARS, type FundingPoint } from "@/lib/kinds/funding/funding-totals";

const point = (n: number, dateIso: string, valuation: string | null = null): FundingPoint => ({
  slug: `round-${n}`,
  name: `第 ${n} 轮`,
  dateIso,
  cumulativeUsdMinor: String(n * 100),
  valuationUsdMinor: valuation,
});

describe("chartSeries", () => {
  it("draws each round while there are few", () => {
    const few = [point(1, "2023-06-01"), point(2, "2023-12-01")];
    expect(chartSeries(few)).toEqual(few);
  });

  it("draws one bar per year past the limit: the year's last total and last valuation", () => {
    const many = Array.from({ length: MAX_CHART_BARS + 1 }, (_, i) =>
      point(i + 1, `${2020 + (i % 3) + (i >= 9 ? 3 : 0)}-0${1 + (i % 9)}-01`, i === 4 ? "9000" : null),
    ).sort((a, b) => a.dateIso.localeCompare(b.dateIso));
    const years = chartSeries(many);
    expect(years.map((p) => p.dateIso)).toEqual([...new Set(many.map((p) => p.dateIso.slice(0, 4)))]);
    for (const year of years) {
      const inYear = many.filter((p) => p.dateIso.startsWith(year.dateIso));
      expect(year.cumulativeUsdMinor).toBe(inYear[inYear.length - 1].cumulativeUsdMinor);
      expect(year.name).toBe(`${year.dateIso} 年`);
    }
    const withValuation = many.find((p) => p.valuationUsdMinor)!;
    expect(years.find((y) => withValuation.dateIso.startsWith(y.dateIso))?.valuationUsdMinor).toBe("9000");
  });
});
