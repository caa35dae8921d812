// Claim statuses on citations and other values of facts (其他说法), as the kinds' schemas parse
// them from the generic form: one field each, the same in every kind that has it.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { FormValues } from "@/lib/actions/action-result";
import { admin as funding } from "@/lib/kinds/funding/admin";
import { admin as models } from "@/lib/kinds/models/admin";
import { admin as partnerships } from "@/lib/kinds/partnerships/admin";

const round: FormValues = {
  name: "微软可转换投资",
  slug: "microsoft-convertible",
  stage: "SERIES_A_EXTENSION",
  instrument: "CONVERTIBLE",
  date: "2024-02",
  "date.precision": "MONTH",
  amount: "15000000",
  "amount.currency": "EUR",
  "citations.0.source": "src-tc",
  "citations.0.claim": "1630 万美元的可转换投资",
  "citations.0.status": "REPORTED",
};

const alternative = (index: number, cells: Record<string, string>): FormValues =>
  Object.fromEntries(
    Object.entries(cells).map(([cell, value]) => [`alternativeValues.${index}.${cell}`, value]),
  );

function errorsOf(schema: z.ZodType<unknown, FormValues>, values: FormValues): Record<string, string[]> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return z.flattenError(result.error).fieldErrors as Record<string, string[]>;
}

describe("a citation's claim status", () => {
  it("is one of the four, chosen for each row", () => {
    for (const status of ["CONFIRMED", "REPORTED", "RUMORED", "ESTIMATED"]) {
      expect(funding.schema.parse({ ...round, "citations.0.status": status }).citations).toEqual([
        { sourceId: "src-tc", claim: "1630 万美元的可转换投资", status },
      ]);
    }
    expect(errorsOf(funding.schema, { ...round, "citations.0.status": "" }).citations).toEqual([
      "第 1 行请选择说法状态",
    ]);
    expect(errorsOf(funding.schema, { ...round, "citations.0.status": "TRUE" }).citations).toEqual([
      "第 1 行：说法状态不是可选的值，请从列表中选择",
    ]);
  });

  it("leaves a row with nothing but a status blank, as the form's empty row is", () => {
    const parsed = funding.schema.parse({ ...round, "citations.1.status": "RUMORED" });
    expect(parsed.citations).toHaveLength(1);
  });

  it("reads a citation saved before statuses existed as a media report", () => {
    const field = models.fields.find((f) => f.name === "citations")!;
    expect(field.toValues({ citations: [{ sourceId: "s", claim: "c" }] })).toEqual({
      "citations.0.source": "s",
      "citations.0.claim": "c",
      "citations.0.status": "REPORTED",
    });
    const names = () => "TechCrunch";
    expect(field.describe({ "citations.0.source": "s", "citations.0.status": "RUMORED" }, names)).toBe(
      "TechCrunch（传闻）",
    );
    expect(
      field.describe(
        { "citations.0.source": "s", "citations.0.claim": "早有传闻", "citations.0.status": "RUMORED" },
        names,
      ),
    ).toBe("TechCrunch（早有传闻，传闻）");
  });
});

describe("other values of a fact (其他说法)", () => {
  it("takes, for a money field, the value as worded, the exact figure, its source and status", () => {
    const parsed = funding.schema.parse({
      ...round,
      ...alternative(0, {
        field: "amount",
        value: "1630 万美元的可转换投资",
        // As the source writes it; its "$" chooses the currency.
        amount: "$16.3 million",
        currency: "",
        source: "src-tc",
        status: "REPORTED",
        note: "",
      }),
      // The form's blank row: only its status select may be set.
      ...alternative(1, { field: "", value: "", status: "REPORTED" }),
    });
    expect(parsed.alternativeValues).toEqual([
      {
        field: "amount",
        value: "1630 万美元的可转换投资",
        amountMinor: 1_630_000_000n,
        currency: "USD",
        sourceId: "src-tc",
        status: "REPORTED",
        note: "",
      },
    ]);
  });

  it("takes a value no link supports, and no exact figure where the words give none", () => {
    const parsed = funding.schema.parse({
      ...round,
      ...alternative(0, { field: "valuation", value: "近 60 亿美元估值", status: "REPORTED", note: "退出" }),
    });
    expect(parsed.alternativeValues).toEqual([
      {
        field: "valuation",
        value: "近 60 亿美元估值",
        amountMinor: null,
        currency: null,
        sourceId: null,
        status: "REPORTED",
        note: "退出",
      },
    ]);
  });

  it("puts a figure of a one-currency field in that currency", () => {
    const parsed = funding.schema.parse({
      ...round,
      ...alternative(0, {
        field: "amountUsd",
        value: "约 1600 万美元",
        amount: "16000000",
        status: "ESTIMATED",
      }),
    });
    expect(parsed.alternativeValues).toMatchObject([{ amountMinor: 1_600_000_000n, currency: "USD" }]);
  });

  it("says what is wrong with a row, row by row", () => {
    const errors = (cells: Record<string, string>) =>
      errorsOf(funding.schema, { ...round, ...alternative(0, cells) }).alternativeValues;
    const ok = { field: "amount", value: "1630 万美元", status: "REPORTED" };
    expect(errors({ ...ok, field: "" })).toEqual(["第 1 行请选择字段"]);
    expect(errors({ ...ok, field: "name" })).toEqual(["第 1 行：字段不是可选的值，请从列表中选择"]);
    expect(errors({ ...ok, value: "" })).toEqual(["第 1 行请填写说法"]);
    expect(errors({ ...ok, status: "" })).toEqual(["第 1 行请选择说法状态"]);
    expect(errors({ ...ok, value: "长".repeat(301) })).toEqual([
      "第 1 行：说法（按来源原话）不能超过 300 个字符",
    ]);
    expect(errors({ ...ok, amount: "1e7", currency: "USD" })).toEqual([
      "第 1 行：金额不能用科学计数法（如 1e9），请写成 10 亿、1bn 或 1000000000",
    ]);
    expect(errors({ ...ok, amount: "16300000" })).toEqual(["第 1 行：请选择币种"]);
    expect(errors({ ...ok, amount: "€16.3m", currency: "USD" })).toEqual([
      "第 1 行：金额写的是「€」，与所选币种美元（USD）不符：请改正金额或币种",
    ]);
    expect(errors({ ...ok, field: "date", amount: "1", currency: "USD" })).toEqual([
      "第 1 行：日期不是金额，不能填写精确金额",
    ]);
    expect(
      errorsOf(funding.schema, { ...round, ...alternative(0, ok), ...alternative(1, ok) }).alternativeValues,
    ).toEqual(["第 2 行与前面的行重复"]);
  });

  it("offers only the kind's own fields, with their labels, money marked", () => {
    const field = partnerships.fields.find((f) => f.name === "alternativeValues")!;
    expect(field.ui).toMatchObject({
      type: "alternatives",
      label: "其他说法",
      fields: [
        { value: "amount", label: "金额", money: true },
        { value: "date", label: "日期", money: false },
      ],
    });
    expect(field.targets).toEqual(["sources"]);
    expect(models.fields.some((f) => f.name === "alternativeValues")).toBe(false);
  });

  it("reads back what it writes, and describes it for the history", () => {
    const field = funding.fields.find((f) => f.name === "alternativeValues")!;
    const snapshot = {
      alternativeValues: [
        {
          field: "amount",
          value: "1630 万美元的可转换投资",
          amountMinor: "1630000000",
          currency: "USD",
          sourceId: "src-tc",
          status: "REPORTED",
          note: "",
        },
        {
          field: "valuation",
          value: "近 60 亿美元估值",
          amountMinor: null,
          currency: null,
          sourceId: null,
          status: "REPORTED",
          note: "退出",
        },
      ],
    };
    const values = field.toValues(snapshot);
    expect(funding.schema.parse({ ...round, ...values }).alternativeValues).toMatchObject([
      { amountMinor: 1_630_000_000n, sourceId: "src-tc" },
      { amountMinor: null, sourceId: null, note: "退出" },
    ]);
    expect(field.describe(values, () => "TechCrunch")).toBe(
      "金额：1630 万美元的可转换投资 = 1630 万美元（TechCrunch，媒体报道）；估值：近 60 亿美元估值（未附来源，媒体报道；退出）",
    );
    expect(
      field.referencedIds!(funding.schema.parse({ ...round, ...values }).alternativeValues as never),
    ).toEqual([{ target: "sources", ids: ["src-tc"] }]);
  });
});
