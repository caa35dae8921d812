import { describe, expect, it } from "vitest";
import { changesTenfold, moneyField } from "@/lib/kinds/fields/money-field";
import { moneyEcho } from "@/lib/kinds/fields/money-echo";
import { parseMoney } from "@/lib/kinds/fields/parse-money";

// [typed, currency chosen ("" none), exact minor units, currency read]
const ACCEPTED: [string, string, bigint, string][] = [
  // Plain digits, as before.
  ["1700000000", "EUR", 170_000_000_000n, "EUR"],
  ["14.99", "USD", 1499n, "USD"],
  ["14.9", "USD", 1490n, "USD"],
  [" 0 ", "USD", 0n, "USD"],
  // Beyond Number's exact range, still exact.
  ["9007199254740993.07", "USD", 900_719_925_474_099_307n, "USD"],
  // Chinese units.
  ["17 亿", "EUR", 170_000_000_000n, "EUR"],
  ["17亿", "EUR", 170_000_000_000n, "EUR"],
  ["1500 万", "CNY", 1_500_000_000n, "CNY"],
  ["1.125亿", "USD", 11_250_000_000n, "USD"],
  ["5千万", "USD", 5_000_000_000n, "USD"],
  ["1.5万亿", "CNY", 150_000_000_000_000n, "CNY"],
  ["17亿欧元", "", 170_000_000_000n, "EUR"],
  ["100万元人民币", "", 100_000_000n, "CNY"],
  // English.
  ["1.7B", "EUR", 170_000_000_000n, "EUR"],
  ["1.7 billion", "USD", 170_000_000_000n, "USD"],
  ["$2 billion", "", 200_000_000_000n, "USD"],
  ["US$16.3 million", "", 1_630_000_000n, "USD"],
  ["€1.7bn", "", 170_000_000_000n, "EUR"],
  ["€1.7bn", "EUR", 170_000_000_000n, "EUR"],
  ["15m", "USD", 1_500_000_000n, "USD"],
  ["15mn", "USD", 1_500_000_000n, "USD"],
  ["250k", "GBP", 25_000_000n, "GBP"],
  ["EUR 500m", "", 50_000_000_000n, "EUR"],
  ["£1.5 thousand", "", 150_000n, "GBP"],
  // Grouping: commas, spaces (also no-break and narrow no-break), apostrophes, points.
  ["1,700,000,000", "EUR", 170_000_000_000n, "EUR"],
  ["1 700 000 000", "EUR", 170_000_000_000n, "EUR"],
  ["1\u00a0700\u00a0000\u00a0000", "EUR", 170_000_000_000n, "EUR"],
  ["1\u202f700\u202f000\u202f000 €", "", 170_000_000_000n, "EUR"],
  ["CHF 1'000'000", "", 100_000_000n, "CHF"],
  ["1,700,000.50", "USD", 170_000_050n, "USD"],
  ["1.700.000,50", "EUR", 170_000_050n, "EUR"],
  // A single comma followed by exactly three digits groups; by one or two it is a decimal comma.
  ["1,700", "EUR", 170_000n, "EUR"],
  ["€1,700", "", 170_000n, "EUR"],
  ["11,7", "EUR", 1170n, "EUR"],
  ["0,750", "EUR", 75n, "EUR"],
  // French.
  ["11,7 Md€", "", 1_170_000_000_000n, "EUR"],
  ["11,7 Mds €", "EUR", 1_170_000_000_000n, "EUR"],
  ["2,5 milliards d'euros", "", 250_000_000_000n, "EUR"],
  ["500 M€", "", 50_000_000_000n, "EUR"],
  ["1 700,50 €", "", 170_050n, "EUR"],
  // A Chinese input method's full-width digits and signs.
  ["９９", "EUR", 9900n, "EUR"],
  ["１７亿", "EUR", 170_000_000_000n, "EUR"],
  ["＄５", "", 500n, "USD"],
  // "¥" is the yuan's and the yen's: the chosen currency tells which.
  ["¥5", "JPY", 500n, "JPY"],
  ["¥5", "CNY", 500n, "CNY"],
  // A scaled amount with many decimals, exact to the cent.
  ["1.123456789 亿", "EUR", 11_234_567_890n, "EUR"],
  ["14.990", "USD", 1499n, "USD"],
  // The largest: 16 digits and two decimals.
  ["9999999999999999.99", "USD", 999_999_999_999_999_999n, "USD"],
];

// [typed, currency chosen, message]
const REFUSED: [string, string, string][] = [
  ["-5", "EUR", "金额不能为负数"],
  ["-0.01", "EUR", "金额不能为负数"],
  ["€-5", "", "金额不能为负数"],
  ["1e9", "EUR", "金额不能用科学计数法（如 1e9），请写成 10 亿、1bn 或 1000000000"],
  ["12.345", "EUR", "金额最多精确到分：按单位换算后最多两位小数"],
  ["1.12345678912 亿", "EUR", "金额最多精确到分：按单位换算后最多两位小数"],
  ["99999999999999999", "EUR", "金额过大"],
  ["10000000000000000", "EUR", "金额过大"],
  ["100000 万亿", "EUR", "金额过大"],
  ["9".repeat(40), "EUR", "金额过大"],
  ["1,70,000", "EUR", "「1,70,000」的数字分组不对：分隔符之间应为三位数字，例如 1,700,000 或 1 700 000"],
  [
    "17,0000,0000",
    "CNY",
    "「17,0000,0000」的数字分组不对：分隔符之间应为三位数字，例如 1,700,000 或 1 700 000",
  ],
  ["1 70", "EUR", "「1 70」的数字分组不对：分隔符之间应为三位数字，例如 1,700,000 或 1 700 000"],
  ["1 700,000", "EUR", "「1 700,000」混用了不同的分组符号，请只用一种，例如 1,700,000"],
  ["1,7000", "EUR", "「1,7000」中逗号后的位数不对：作千位分隔时后面应为三位数字，作小数点时应为一到两位"],
  [
    "1,500 Md€",
    "",
    "「1,500」中的逗号既可能是千位分隔（1500），也可能是法文的小数点（1.5）：请写成 1500 或 1.5",
  ],
  [
    "1,700 €",
    "",
    "「1,700」中的逗号既可能是千位分隔（1700），也可能是法文的小数点（1.7）：请写成 1700 或 1.7",
  ],
  ["€5", "USD", "金额写的是「€」，与所选币种美元（USD）不符：请改正金额或币种"],
  ["17 亿美元", "EUR", "金额写的是「美元」，与所选币种欧元（EUR）不符：请改正金额或币种"],
  ["¥5", "", "「¥」既可指人民币（CNY），也可指日元（JPY）：请在币种中选择"],
  ["¥5", "USD", "金额写的是「¥」，与所选币种美元（USD）不符：请改正金额或币种"],
  ["$5 欧元", "", "金额里写了两种币种：「$」和「欧元」"],
  ["17 亿", "", "请选择币种"],
  ["5", "XXX", "请选择币种"],
  ["约 17 亿", "EUR", "金额应是确切的数，不能带「约」「超过」之类的词；来源的原话可记在「其他说法」中"],
  ["over $2 billion", "", "金额应是确切的数，不能带「约」「超过」之类的词；来源的原话可记在「其他说法」中"],
  ["1-2 亿", "EUR", "金额应是一个确切的数，不能是范围；来源给出的其他数字可记在「其他说法」中"],
  [
    "abc",
    "EUR",
    "无法识别「abc」。单位可写 万、亿、k、m、bn、Md 等，币种可写 $、€、£、¥、USD、EUR、美元、欧元 等",
  ],
  [
    "15 meters",
    "EUR",
    "无法识别「meters」。单位可写 万、亿、k、m、bn、Md 等，币种可写 $、€、£、¥、USD、EUR、美元、欧元 等",
  ],
  [
    "0x10",
    "EUR",
    "无法识别「x10」。单位可写 万、亿、k、m、bn、Md 等，币种可写 $、€、£、¥、USD、EUR、美元、欧元 等",
  ],
  [
    "Infinity",
    "EUR",
    "无法识别「Infinity」。单位可写 万、亿、k、m、bn、Md 等，币种可写 $、€、£、¥、USD、EUR、美元、欧元 等",
  ],
  [
    "<b data-corpus>5</b>",
    "EUR",
    "无法识别这个金额。可以写成 1700000000、1,700,000,000、17 亿、1.7B、€1.7bn、11,7 Md€ 或 14.99",
  ],
  [
    ".5",
    "EUR",
    "无法识别这个金额。可以写成 1700000000、1,700,000,000、17 亿、1.7B、€1.7bn、11,7 Md€ 或 14.99",
  ],
  [
    "17 亿 亿",
    "EUR",
    "无法识别「亿」。单位可写 万、亿、k、m、bn、Md 等，币种可写 $、€、£、¥、USD、EUR、美元、欧元 等",
  ],
];

describe("parseMoney", () => {
  it.each(ACCEPTED)("reads %j (chosen: %j) exactly", (typed, chosen, minor, currency) => {
    expect(parseMoney(typed, chosen)).toEqual({ ok: true, minor, currency });
  });

  it.each(REFUSED)("refuses %j (chosen: %j) with its reason", (typed, chosen, message) => {
    expect(parseMoney(typed, chosen)).toEqual({ ok: false, message });
  });
});

describe("the echo beside the field", () => {
  it("reads the amount as readers will see it, then as English writes it", () => {
    expect(moneyEcho("1.7B", "EUR")).toEqual({ ok: true, text: "17 亿欧元 · €1.7 billion" });
    expect(moneyEcho("11,7 Md€", "")).toEqual({ ok: true, text: "117 亿欧元 · €11.7 billion" });
    expect(moneyEcho("1170000000", "EUR")).toEqual({ ok: true, text: "11.7 亿欧元 · €1.17 billion" });
    expect(moneyEcho("15m", "USD")).toEqual({ ok: true, text: "1500 万美元 · $15 million" });
    expect(moneyEcho("14.99", "USD")).toEqual({ ok: true, text: "14.99 美元 · $14.99" });
    // A figure no round wording holds is written in full.
    expect(moneyEcho("1,234,567,890", "EUR")).toEqual({
      ok: true,
      text: "12.35 亿欧元 · €1,234,567,890",
    });
  });

  it("says why for text that is no amount, and nothing for none", () => {
    expect(moneyEcho("-5", "EUR")).toEqual({ ok: false, message: "金额不能为负数" });
    expect(moneyEcho("  ", "EUR")).toBeNull();
  });
});

describe("a tenfold change", () => {
  it("is ten times larger or smaller, or more", () => {
    expect(changesTenfold(11_700_000_000n, 1_170_000_000n)).toBe(true);
    expect(changesTenfold(1_170_000_000n, 11_700_000_000n)).toBe(true);
    expect(changesTenfold(100n, 1_000_000n)).toBe(true);
    expect(changesTenfold(100n, 999n)).toBe(false);
    expect(changesTenfold(100n, 11n)).toBe(false);
    expect(changesTenfold(100n, 10n)).toBe(true);
    expect(changesTenfold(100n, 100n)).toBe(false);
  });

  it("needs two figures: a zero (free) or no amount is never one", () => {
    expect(changesTenfold(0n, 1499n)).toBe(false);
    expect(changesTenfold(1499n, 0n)).toBe(false);
  });

  it("is asked of an edit against the stored amount in the same currency", () => {
    const field = moneyField("valuation", "估值", {
      minorColumn: "valuationMinor",
      currencyColumn: "valuationCurrency",
    });
    const stored = { valuationMinor: "1170000000000", valuationCurrency: "EUR" };
    expect(field.confirmChange!(stored, { minor: 117_000_000_000n, currency: "EUR" })).toBe(
      "与原值相差 10 倍以上：原为 117 亿欧元，现为 11.7 亿欧元。确认无误请勾选下方的确认框后再保存。",
    );
    expect(field.confirmChange!(stored, { minor: 1_200_000_000_000n, currency: "EUR" })).toBeNull();
    // Another currency: no figure to compare with.
    expect(field.confirmChange!(stored, { minor: 117_000_000_000n, currency: "USD" })).toBeNull();
    expect(field.confirmChange!({ valuationMinor: null }, { minor: 1n, currency: "EUR" })).toBeNull();
    expect(field.confirmChange!(stored, null)).toBeNull();
  });
});

describe("a money field's text in the admin's lists and the change log", () => {
  const field = moneyField("amount", "金额", { minorColumn: "amountMinor", currencyColumn: "currency" });

  it("reads as readers see it, with the exact figure when that is rounded", () => {
    expect(field.describe({ amount: "1700000000", "amount.currency": "EUR" }, () => null)).toBe("17 亿欧元");
    expect(field.describe({ amount: "1170000000", "amount.currency": "EUR" }, () => null)).toBe(
      "11.7 亿欧元",
    );
    expect(field.describe({ amount: "1234567890", "amount.currency": "EUR" }, () => null)).toBe(
      "约 12.35 亿欧元（€1,234,567,890.00）",
    );
    expect(field.describe({ amount: "", "amount.currency": "" }, () => null)).toBe("");
  });
});
