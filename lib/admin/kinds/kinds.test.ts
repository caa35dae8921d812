import { describe, expect, it } from "vitest";
import type { FormValues } from "@/lib/actions/action-result";
import { ZSaveEntrySchema } from "@/lib/admin/action-schemas";
import { adminKinds, adminKindLinks } from "@/lib/admin/kinds";
import { admin as events } from "@/lib/kinds/events/admin";
import { admin as funding } from "@/lib/kinds/funding/admin";
import { admin as models } from "@/lib/kinds/models/admin";
import { admin as organizations } from "@/lib/kinds/organizations/admin";
import { admin as products } from "@/lib/kinds/products/admin";
import { admin as sources } from "@/lib/kinds/sources/admin";
import { z } from "zod";

const validModel: FormValues = {
  name: "Mistral Medium 3",
  slug: "mistral-medium-3",
  family: "Mistral Medium",
  category: "GENERAL",
  license: "COMMERCIAL",
  licenseName: "",
  openWeights: "yes",
  date: "2025-05",
  "date.precision": "MONTH",
  summary: "**多模态**模型。",
  replacesId: "",
  collaborators: ["org-a", "org-b", "org-a"],
  "citations.0.source": "src-1",
  "citations.0.claim": "发布",
  "citations.0.status": "REPORTED",
  "citations.1.source": "",
  "citations.1.claim": "",
  "citations.1.status": "",
};

/** A round's required fields, valid. */
const validRound: FormValues = {
  name: "A 轮",
  slug: "series-a",
  stage: "SERIES_A",
  instrument: "EQUITY",
  date: "2023-12",
  "date.precision": "MONTH",
};

function errorsOf(schema: z.ZodType<unknown, FormValues>, values: FormValues): Record<string, string[]> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return z.flattenError(result.error).fieldErrors as Record<string, string[]>;
}

describe("kind schemas", () => {
  it("parse a valid model into typed values", () => {
    const parsed = models.schema.parse(validModel);
    expect(parsed).toMatchObject({
      name: "Mistral Medium 3",
      slug: "mistral-medium-3",
      category: "GENERAL",
      openWeights: true,
      date: { date: new Date("2025-05-01T00:00:00Z"), precision: "MONTH" },
      replacesId: null,
      collaborators: ["org-a", "org-b"],
      citations: [{ sourceId: "src-1", claim: "发布", status: "REPORTED" }],
    });
  });

  it("give each empty required field its own message", () => {
    const errors = errorsOf(models.schema, {});
    expect(errors.name).toEqual(["请填写名称"]);
    expect(errors.slug).toEqual(["请填写网址标识（slug）"]);
    // A category the sources may not state is left empty: 未说明.
    expect(errors.category).toBeUndefined();
    expect(models.schema.parse({ ...validModel, category: "" }).category).toBeNull();
    expect(errors.license).toEqual(["请选择许可证"]);
    expect(errors.date).toBeUndefined();
    expect(errorsOf(funding.schema, {}).date).toEqual(["请填写日期"]);
  });

  it("takes open weights as yes, no or not stated, and nothing else", () => {
    const openWeights = (value: string | undefined) =>
      models.schema.parse({ ...validModel, openWeights: value }).openWeights;
    expect(openWeights("yes")).toBe(true);
    expect(openWeights("no")).toBe(false);
    expect(openWeights("")).toBeNull();
    expect(openWeights(undefined)).toBeNull();
    expect(errorsOf(models.schema, { ...validModel, openWeights: "on" }).openWeights).toEqual([
      "开放权重不是可选的值，请从列表中选择",
    ]);
    const field = models.fields.find((f) => f.name === "openWeights")!;
    expect(field.ui).toMatchObject({ type: "select", required: false, emptyLabel: "未说明" });
    expect(field.toValues({ openWeights: null })).toEqual({ openWeights: "" });
    expect(field.toValues({ openWeights: false })).toEqual({ openWeights: "no" });
    expect(field.describe({ openWeights: "" }, () => "")).toBe("未说明");
    expect(field.describe({ openWeights: "no" }, () => "")).toBe("否");
  });

  it("keeps a source without a title untitled, named by its publisher and link", () => {
    const source = sources.schema.parse({
      title: "",
      slug: "ft-seed-round",
      publisher: "Financial Times",
      language: "en",
      url: "https://www.ft.com/content/cf939ea4-d96c-4908-896a-48a74381f251",
    });
    const title = sources.fields.find((f) => f.name === "title")!;
    expect(title.columns!(source.title)).toEqual({ title: null });
    expect(
      sources.titleOf({
        title: null,
        publisher: "Financial Times",
        url: "https://www.ft.com/content/cf939ea4-d96c-4908-896a-48a74381f251",
      }),
    ).toBe("Financial Times · https://www.ft.com/content/cf939ea4-d96c-4908-896a-48a74381f251");
    expect(
      sources.titleOf({ title: "Mistral NeMo", publisher: "Mistral AI", url: "https://mistral.ai/" }),
    ).toBe("Mistral NeMo");
    expect(Object.keys(sources.titleSelect)).toEqual(["title", "publisher", "url"]);
    expect(models.titleOf({ name: "Devstral" })).toBe("Devstral");
  });

  it("lets an event have no date, as the sources may give none", () => {
    const event = { kind: "OTHER", title: "T", slug: "t", date: "", "date.precision": "DAY" };
    expect(events.schema.parse(event)).toMatchObject({ date: null });
  });

  it("says a 100 KB text is too long, in a short and a Markdown field", () => {
    const huge = "长".repeat(100_000);
    expect(errorsOf(models.schema, { ...validModel, name: huge }).name).toEqual(["名称不能超过 200 个字符"]);
    expect(errorsOf(models.schema, { ...validModel, summary: huge }).summary).toEqual([
      "简介（Markdown）不能超过 20000 个字符",
    ]);
  });

  it("refuses control characters and direction overrides beside the field, in any text", () => {
    expect(errorsOf(models.schema, { ...validModel, name: "模型\u0000名称" }).name).toEqual([
      "名称含有不可见的控制字符，请删除后再保存",
    ]);
    expect(errorsOf(models.schema, { ...validModel, summary: "简介\u202e" }).summary).toEqual([
      "简介（Markdown）含有不可见的控制字符，请删除后再保存",
    ]);
    // Tabs and line breaks are text.
    expect(models.schema.parse({ ...validModel, summary: "第一段\r\n\n\t第二段" }).summary).toBe(
      "第一段\r\n\n\t第二段",
    );
  });

  it("keeps script tags and SQL as plain text", () => {
    const name = `<script>alert(1)</script>'; DROP TABLE "AiModel"; --`;
    expect(models.schema.parse({ ...validModel, name }).name).toBe(name);
  });

  it("refuses impossible dates and unknown precisions", () => {
    expect(
      errorsOf(models.schema, { ...validModel, date: "2024-02-30", "date.precision": "DAY" }).date,
    ).toEqual(["不存在的日期：2024-02-30"]);
    expect(errorsOf(models.schema, { ...validModel, "date.precision": "WEEK" }).date).toEqual([
      "请选择日期精度",
    ]);
  });

  it("refuses unknown enum values, bad slugs and repeated inputs", () => {
    expect(errorsOf(models.schema, { ...validModel, category: "BOGUS" }).category).toEqual([
      "类别不是可选的值，请从列表中选择",
    ]);
    expect(errorsOf(models.schema, { ...validModel, slug: "Mistral Large!" }).slug?.[0]).toContain(
      "小写字母",
    );
    expect(errorsOf(models.schema, { ...validModel, name: ["a", "b"] }).name).toEqual(["名称的格式无效"]);
  });

  it("parses money exactly and refuses bad amounts beside the field", () => {
    const base: FormValues = {
      ...validRound,
      amount: "385000000",
      "amount.currency": "EUR",
      amountUsd: "415000000.5",
      "investors.0.ref": "organization:org-a",
      "investors.0.lead": "on",
      "investors.1.ref": "person:p-1",
      "investors.2.ref": "",
    };
    expect(funding.schema.parse(base)).toMatchObject({
      // A figure comes with how it stands in its source (none here).
      amount: { figure: { minor: 38_500_000_000n, currency: "EUR" }, qualifier: null, basis: null },
      amountUsd: { figure: { minor: 41_500_000_050n, currency: "USD" }, qualifier: null, basis: null },
      valuation: null,
      investors: [
        { organizationId: "org-a", personId: null, isLead: true },
        { organizationId: null, personId: "p-1", isLead: false },
      ],
    });
    expect(errorsOf(funding.schema, { ...base, amount: "-5" }).amount).toEqual(["金额不能为负数"]);
    expect(errorsOf(funding.schema, { ...base, amount: "abc" }).amount?.[0]).toContain("无法识别「abc」");
    expect(errorsOf(funding.schema, { ...base, amount: "1e9" }).amount?.[0]).toContain("科学计数法");
    expect(errorsOf(funding.schema, { ...base, amount: "12.345" }).amount?.[0]).toContain("最多两位小数");
    expect(errorsOf(funding.schema, { ...base, "amount.currency": "" }).amount).toEqual(["请选择币种"]);
    // As people write amounts; a currency in the text fills an empty choice, never contradicts one.
    expect(
      funding.schema.parse({
        ...base,
        amount: "1.7B",
        valuation: "11,7 Md€",
        "valuation.currency": "",
      }),
    ).toMatchObject({
      amount: { figure: { minor: 170_000_000_000n, currency: "EUR" } },
      valuation: { figure: { minor: 1_170_000_000_000n, currency: "EUR" } },
    });
    expect(errorsOf(funding.schema, { ...base, valuation: "1.7B" }).valuation).toEqual(["请选择币种"]);
    expect(errorsOf(funding.schema, { ...base, amountUsd: "€5" }).amountUsd).toEqual([
      "金额写的是「€」，与所选币种美元（USD）不符：请改正金额或币种",
    ]);
    expect(errorsOf(funding.schema, { ...base, "investors.3.ref": "organization:org-a" }).investors).toEqual([
      "第 4 行与前面的行重复",
    ]);
    expect(errorsOf(funding.schema, { ...base, "investors.0.ref": "robot:x" }).investors?.[0]).toContain(
      "第 1 行",
    );
  });

  it("refuses a claim without a source and web addresses that are not http(s)", () => {
    expect(
      errorsOf(models.schema, {
        ...validModel,
        "citations.1.claim": "孤立的说法",
        "citations.1.status": "REPORTED",
      }).citations,
    ).toEqual(["第 2 行填写了说法但没有选择来源"]);
    const source = { title: "T", slug: "t", publisher: "P", language: "en", url: "javascript:alert(1)" };
    expect(errorsOf(sources.schema, source).url).toEqual(["请输入以 http:// 或 https:// 开头的有效网址"]);
    expect(
      errorsOf(sources.schema, { ...source, url: "https://techcrunch.com/a", language: "eng" }).language,
    ).toEqual(["语言代码不能超过 2 个字符"]);
    expect(
      errorsOf(organizations.schema, { name: "X", slug: "x", type: "COMPANY", website: "not a url" }).website,
    ).toEqual(["请输入以 http:// 或 https:// 开头的有效网址"]);
  });

  it("stores empty optional values as null where the column allows it", () => {
    const parsed = organizations.schema.parse({ name: "X", slug: "x", type: "COMPANY", website: "" });
    const website = organizations.fields.find((f) => f.name === "website")!;
    expect(website.columns!(parsed.website)).toEqual({ website: null });
    const product = products.schema.parse({
      name: "Le Chat Pro",
      slug: "le-chat-pro",
      category: "ASSISTANT",
      price: "14.99",
      "price.currency": "USD",
      pricePeriod: "month",
    });
    expect(product).toMatchObject({
      price: { minor: 1499n, currency: "USD" },
      pricePeriod: "month",
      position: 0,
    });
  });

  it("reads back what it writes: snapshot values parse to the same data", () => {
    const parsed = models.schema.parse(validModel);
    const snapshot: Record<string, unknown> = {};
    for (const field of models.fields) Object.assign(snapshot, field.columns?.(parsed[field.name]) ?? {});
    snapshot.collaborators = parsed.collaborators;
    snapshot.citations = parsed.citations;
    const json = JSON.parse(JSON.stringify(snapshot));
    const values = Object.assign({}, ...models.fields.map((f) => f.toValues(json)));
    expect(models.schema.parse(values)).toEqual(parsed);
  });
});

describe("the save action's schema", () => {
  it("validates with the schema of the kind the form names", () => {
    const result = ZSaveEntrySchema.safeParse({ _kind: "models", _version: "3", ...validModel });
    expect(result.success && result.data.kind.key).toBe("models");
    expect(result.success && result.data.version).toBe(3);
    const bad = ZSaveEntrySchema.safeParse({ _kind: "models", ...validModel, name: "" });
    expect(bad.success ? {} : z.flattenError(bad.error).fieldErrors).toEqual({ name: ["请填写名称"] });
    expect(ZSaveEntrySchema.safeParse({ _kind: "users", ...validModel }).success).toBe(false);
  });

  it("refuses control characters in a citation's claim, another value and its note, naming the row", () => {
    const claim = {
      ...validModel,
      "citations.0.claim": "发布\u0000",
      "citations.1.source": "src-2",
      "citations.1.claim": "\u202e说法",
      "citations.1.status": "REPORTED",
    };
    const [first, second, ...rest] = errorsOf(models.schema, claim).citations ?? [];
    expect(first).toMatch(/^第 1 行：.*说法.*含有不可见的控制字符/);
    expect(second).toMatch(/^第 2 行：.*说法.*含有不可见的控制字符/);
    expect(rest).toEqual([]);
    const round = {
      ...validRound,
      "alternativeValues.0.field": "amount",
      "alternativeValues.0.value": "约\u001b[31m4 亿",
      "alternativeValues.0.status": "REPORTED",
      "alternativeValues.1.field": "amount",
      "alternativeValues.1.value": "约 4 亿",
      "alternativeValues.1.note": "注\u0007",
      "alternativeValues.1.status": "REPORTED",
    };
    const [value, note] = errorsOf(funding.schema, round).alternativeValues ?? [];
    expect(value).toMatch(/^第 1 行：.*含有不可见的控制字符/);
    expect(note).toMatch(/^第 2 行：.*含有不可见的控制字符/);
  });

  it("refuses control characters in the reason of a change, beside it", () => {
    const result = ZSaveEntrySchema.safeParse({ _kind: "models", ...validModel, _reason: "更正\u0000" });
    expect(result.success ? {} : z.flattenError(result.error).fieldErrors).toEqual({
      _reason: ["修改说明含有不可见的控制字符，请删除后再保存"],
    });
  });

  it("keeps the form's own inputs apart from any kind's fields", () => {
    const event = {
      _kind: "events",
      kind: "MILESTONE",
      title: "T",
      slug: "t",
      date: "2025",
      "date.precision": "YEAR",
    };
    const result = ZSaveEntrySchema.safeParse(event);
    expect(result.success && result.data.input.kind).toBe("MILESTONE");
    for (const kind of Object.values(adminKinds)) {
      for (const field of kind.fields) expect(field.name.startsWith("_")).toBe(false);
    }
  });

  it("describes every kind of the menu", () => {
    expect(adminKindLinks.map((k) => k.key)).toEqual(Object.keys(adminKinds));
    for (const kind of Object.values(adminKinds)) {
      expect(kind.fields.some((f) => f.name === "slug")).toBe(true);
      for (const column of kind.listColumns) expect(kind.fields.map((f) => f.name)).toContain(column);
    }
  });
});
