import { describe, expect, it } from "vitest";
import { moneyField } from "@/lib/kinds/fields/money-field";
import { partialDateField } from "@/lib/kinds/fields/partial-date-field";
import type { FormValues } from "@/lib/actions/action-result";
import type { Field } from "@/lib/kinds/fields/field";

const valuation = moneyField("valuation", "估值", {
  minorColumn: "valuationMinor",
  currencyColumn: "valuationCurrency",
  qualifierColumn: "valuationQualifier",
});
const date = partialDateField("date", "日期", {
  required: true,
  precisionColumn: "datePrecision",
  qualifierColumn: "dateQualifier",
});

const parse = <T>(field: Field<T>, values: FormValues) => field.schema.safeParse(field.pick(values));
const messages = (result: ReturnType<typeof parse<unknown>>) =>
  result.success ? [] : result.error.issues.map((i) => i.message);

describe("a figure's qualifier beside it in the admin", () => {
  it("offers 约, 据报道 and 推算 in Chinese beside the figure, none by default", () => {
    const ui = valuation.ui.type === "money" ? valuation.ui.qualifier : undefined;
    expect(ui?.options).toEqual([
      { value: "APPROXIMATE", label: "约" },
      { value: "REPORTED", label: "据报道" },
      { value: "INFERRED", label: "推算" },
    ]);
    expect(ui).toMatchObject({
      name: "valuation.qualifier",
      basisName: "valuation.basis",
      label: "估值的限定",
    });
    expect(valuation.toValues({ valuationMinor: "200000000000", valuationCurrency: "USD" })).toEqual({
      valuation: "2000000000",
      "valuation.currency": "USD",
      "valuation.qualifier": "",
      "valuation.basis": "",
    });
  });

  it("stores the qualifier and an inferred figure's basis in their columns", () => {
    const reported = parse(valuation, {
      valuation: "20 亿",
      "valuation.currency": "USD",
      "valuation.qualifier": "REPORTED",
    });
    expect(reported.success && valuation.columns!(reported.data)).toEqual({
      valuationMinor: 200_000_000_000n,
      valuationCurrency: "USD",
      valuationQualifier: "REPORTED",
      valuationBasis: null,
    });
    const inferred = parse(date, {
      date: "2023-12",
      "date.precision": "MONTH",
      "date.qualifier": "INFERRED",
      "date.basis": " 种子轮（2023 年 6 月）“仅六个月后” ",
    });
    expect(inferred.success && date.columns!(inferred.data)).toMatchObject({
      datePrecision: "MONTH",
      dateQualifier: "INFERRED",
      dateBasis: "种子轮（2023 年 6 月）“仅六个月后”",
    });
    const plain = parse(valuation, { valuation: "60 亿", "valuation.currency": "USD" });
    expect(plain.success && valuation.columns!(plain.data)).toMatchObject({
      valuationQualifier: null,
      valuationBasis: null,
    });
    const none = parse(valuation, { valuation: "", "valuation.currency": "" });
    expect(none.success && valuation.columns!(none.data)).toMatchObject({
      valuationMinor: null,
      valuationQualifier: null,
    });
  });

  it("refuses a qualifier without a figure, 推算 without its basis, a basis without 推算 and unknown values", () => {
    expect(messages(parse(valuation, { valuation: "", "valuation.qualifier": "REPORTED" }))).toEqual([
      "没有估值，无从限定：请先填写估值，或把限定改为无",
    ]);
    expect(
      messages(parse(date, { date: "2023-12", "date.precision": "MONTH", "date.qualifier": "INFERRED" })),
    ).toEqual(["日期标为推算时，请写明推算依据"]);
    expect(
      messages(
        parse(date, {
          date: "2023-12",
          "date.precision": "MONTH",
          "date.qualifier": "REPORTED",
          "date.basis": "x",
        }),
      ),
    ).toEqual(["只有标为推算的日期才需要推算依据：请删去依据，或把限定改为推算"]);
    expect(
      messages(
        parse(valuation, { valuation: "1", "valuation.currency": "USD", "valuation.qualifier": "GUESSED" }),
      ),
    ).toHaveLength(1);
    expect(
      messages(
        parse(valuation, {
          valuation: "1",
          "valuation.currency": "USD",
          "valuation.qualifier": ["REPORTED", "INFERRED"],
        }),
      ),
    ).toHaveLength(1);
    expect(
      messages(
        parse(date, {
          date: "2023",
          "date.precision": "YEAR",
          "date.qualifier": "INFERRED",
          "date.basis": "a\u0000b",
        }),
      ),
    ).toHaveLength(1);
    expect(
      messages(
        parse(date, {
          date: "2023",
          "date.precision": "YEAR",
          "date.qualifier": "INFERRED",
          "date.basis": "长".repeat(201),
        }),
      ),
    ).toHaveLength(1);
  });

  it("tells the figure with its qualifier in the admin's lists, the history and the change log", () => {
    const names = () => null;
    expect(
      valuation.describe(
        { valuation: "2000000000", "valuation.currency": "USD", "valuation.qualifier": "REPORTED" },
        names,
      ),
    ).toBe("据报道 20 亿美元");
    expect(
      date.describe(
        {
          date: "2023-12",
          "date.precision": "MONTH",
          "date.qualifier": "INFERRED",
          "date.basis": "种子轮“仅六个月后”",
        },
        names,
      ),
    ).toBe("2023年12月（推算）；推算依据：种子轮“仅六个月后”");
    // A rounded figure already reads 约: once is enough.
    expect(
      valuation.describe(
        { valuation: "1234567890", "valuation.currency": "EUR", "valuation.qualifier": "APPROXIMATE" },
        names,
      ),
    ).toBe("约 12.35 亿欧元（€1,234,567,890.00）");
  });
});
