import { describe, expect, it } from "vitest";
import {
  formatDateFigure,
  formatPartialDate,
  partialDateAttribute,
  truncateToPrecision,
} from "@/lib/format/date";
import { basisText, qualify } from "@/lib/format/figure";
import {
  formatMoney,
  formatMoneyEnglish,
  formatMoneyExact,
  formatMoneyFigure,
  formatMoneyPrecise,
  sumMoney,
} from "@/lib/format/money";

describe("formatPartialDate", () => {
  it("shows only the precision the source gives", () => {
    expect(formatPartialDate({ iso: "2024-07-24T00:00:00.000Z", precision: "DAY" })).toBe("2024年7月24日");
    expect(formatPartialDate({ iso: "2025-05-01T00:00:00.000Z", precision: "MONTH" })).toBe("2025年5月");
    expect(formatPartialDate({ iso: "2024-01-01T00:00:00.000Z", precision: "YEAR" })).toBe("2024年");
  });

  it("does not shift a date across time zones", () => {
    expect(formatPartialDate({ iso: "2023-12-31T00:00:00.000Z", precision: "DAY" })).toBe("2023年12月31日");
  });

  it("gives machine-readable partial dates", () => {
    expect(partialDateAttribute({ iso: "2024-07-24T00:00:00.000Z", precision: "MONTH" })).toBe("2024-07");
    expect(partialDateAttribute({ iso: "2024-07-24T00:00:00.000Z", precision: "YEAR" })).toBe("2024");
  });

  it("truncates to the first day of a month or year", () => {
    const d = new Date("2024-07-24T15:00:00Z");
    expect(truncateToPrecision(d, "MONTH").toISOString()).toBe("2024-07-01T00:00:00.000Z");
    expect(truncateToPrecision(d, "YEAR").toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });
});

describe("formatMoney", () => {
  it("uses Chinese units of 万 and 亿", () => {
    expect(formatMoney({ minor: "11200000000", currency: "USD" })).toBe("1.12 亿美元");
    expect(formatMoney({ minor: "38500000000", currency: "EUR" })).toBe("3.85 亿欧元");
    expect(formatMoney({ minor: "1630000000", currency: "USD" })).toBe("1630 万美元");
    expect(formatMoney({ minor: "600000000000", currency: "USD" })).toBe("60 亿美元");
  });

  it("shows four significant figures below ten of a unit, two decimals above", () => {
    expect(formatMoney({ minor: "12830000000", currency: "USD" })).toBe("1.283 亿美元");
    expect(formatMoney({ minor: "118330000000", currency: "USD" })).toBe("11.83 亿美元");
    expect(formatMoneyPrecise({ minor: "12830000000", currency: "USD" })).toBe("1.283 亿美元");
    expect(formatMoneyPrecise({ minor: "118330000000", currency: "USD" })).toBe(
      "约 11.83 亿美元（US$1,183,300,000.00）",
    );
  });

  it("keeps cents exact for small prices", () => {
    expect(formatMoney({ minor: "1499", currency: "USD" })).toBe("14.99 美元");
  });

  it("names an unknown currency by its code", () => {
    expect(formatMoney({ minor: "500000", currency: "CHF" })).toBe("5000 CHF");
  });

  it("formats the exact figure without floating-point loss", () => {
    expect(formatMoneyExact({ minor: "900719925474099312", currency: "USD" })).toBe(
      "US$9,007,199,254,740,993.12",
    );
  });

  it("says when the Chinese amount is rounded, with the exact figure", () => {
    expect(formatMoneyPrecise({ minor: "170000000000", currency: "EUR" })).toBe("17 亿欧元");
    expect(formatMoneyPrecise({ minor: "1499", currency: "USD" })).toBe("14.99 美元");
    expect(formatMoneyPrecise({ minor: "123456789000", currency: "EUR" })).toBe(
      "约 12.35 亿欧元（€1,234,567,890.00）",
    );
    expect(formatMoneyPrecise({ minor: "1630015000", currency: "USD" })).toBe(
      "约 1630.02 万美元（US$16,300,150.00）",
    );
  });

  it("writes the amount in English, exactly", () => {
    expect(formatMoneyEnglish({ minor: "170000000000", currency: "EUR" })).toBe("€1.7 billion");
    expect(formatMoneyEnglish({ minor: "1170000000000", currency: "EUR" })).toBe("€11.7 billion");
    expect(formatMoneyEnglish({ minor: "1630000000", currency: "USD" })).toBe("$16.3 million");
    expect(formatMoneyEnglish({ minor: "150000000000000", currency: "CNY" })).toBe("CN¥1.5 trillion");
    expect(formatMoneyEnglish({ minor: "123456789000", currency: "EUR" })).toBe("€1,234,567,890");
    expect(formatMoneyEnglish({ minor: "150000", currency: "GBP" })).toBe("£1,500");
    expect(formatMoneyEnglish({ minor: "1499", currency: "USD" })).toBe("$14.99");
    expect(formatMoneyEnglish({ minor: "1490", currency: "USD" })).toBe("$14.90");
    expect(formatMoneyEnglish({ minor: "900719925474099312", currency: "USD" })).toBe(
      "$9,007,199,254,740,993.12",
    );
  });

  it("sums one currency exactly and ignores others", () => {
    const total = sumMoney(
      [
        { minor: "10", currency: "EUR" },
        { minor: "20", currency: "EUR" },
        { minor: "99", currency: "USD" },
      ],
      "EUR",
    );
    expect(total).toEqual({ minor: "30", currency: "EUR" });
  });
});

describe("a figure with its qualifier", () => {
  const usd = (minor: string) => ({ minor, currency: "USD" });
  it("says the source's hedge before the amount and ours after a date, one wording everywhere", () => {
    expect(formatMoneyFigure({ value: usd("200000000000"), qualifier: "REPORTED", basis: null })).toBe(
      "据报道 20 亿美元",
    );
    expect(formatMoneyFigure({ value: usd("41500000000"), qualifier: "APPROXIMATE", basis: null })).toBe(
      "约 4.15 亿美元",
    );
    expect(formatMoneyFigure({ value: usd("600000000000"), qualifier: null, basis: null })).toBe("60 亿美元");
    const december = { iso: "2023-12-01T00:00:00.000Z", precision: "MONTH" as const };
    expect(formatDateFigure({ value: december, qualifier: "INFERRED", basis: "“仅六个月后”" })).toBe(
      "2023年12月（推算）",
    );
    expect(formatDateFigure({ value: december, qualifier: null, basis: null })).toBe("2023年12月");
    expect(qualify("x", "INFERRED")).toBe("x（推算）");
  });

  it("shows an inferred figure's basis as a line of its own, and no other's", () => {
    expect(basisText({ qualifier: "INFERRED", basis: "种子轮（2023 年 6 月）“仅六个月后”" })).toBe(
      "推算依据：种子轮（2023 年 6 月）“仅六个月后”",
    );
    expect(basisText({ qualifier: "REPORTED", basis: null })).toBeNull();
  });
});
