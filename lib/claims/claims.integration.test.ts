// Claim statuses and other values of a fact (其他说法) against a real database (SQLite, then
// PostgreSQL: tests/support/test-database.ts), seeded from the story: an editor's save through
// the admin operation reaches readers' page query, the API, the CSV file and the feeds, each
// value with its source and status; the story's own conflicts read back as seeded.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { FormValues } from "@/lib/actions/action-result";
import { seededAppDatabase } from "@/tests/support/seeded-app-database";

// Before importing any operation: they read DATABASE_URL when first imported.
const db = seededAppDatabase("claims");

const ORIGIN = "https://tracker.example";
const SLUG = "series-d-claims-test";

const modules = async () => ({
  ...(await import("@/lib/admin/kinds")).adminKinds,
  ...(await import("@/lib/admin/save-entry")),
  ...(await import("@/lib/admin/publish-entry")),
  ...(await import("@/lib/admin/delete-entry")),
  ...(await import("@/lib/admin/get-history")),
  ...(await import("@/lib/kinds/funding/get-round")),
  ...(await import("@/lib/kinds/partnerships/get-partnership")),
  ...(await import("@/lib/claims/load-alternative-values")),
  ...(await import("@/lib/api/resources")),
  ...(await import("@/lib/csv/downloads")),
  ...(await import("@/lib/feeds/list-feed-entries")),
  ...(await import("@/lib/feeds/build-feed")),
});

const sourceOf = async (slug: string) => db.prisma.source.findUniqueOrThrow({ where: { slug } });

/** The round as an editor fills the form: a rumoured source, and two other values of its facts. */
async function roundForm(overrides: FormValues = {}): Promise<FormValues> {
  const rumour = await sourceOf("tc-equity-and-debt-2024-rumour");
  return {
    name: "D 轮测试",
    slug: SLUG,
    stage: "OTHER",
    instrument: "EQUITY",
    date: "2025-09",
    "date.precision": "MONTH",
    amount: "1000000000",
    "amount.currency": "EUR",
    "citations.0.source": rumour.id,
    "citations.0.claim": "据传将融资 10 亿欧元",
    "citations.0.status": "RUMORED",
    "alternativeValues.0.field": "amount",
    "alternativeValues.0.value": "约 11 亿美元",
    "alternativeValues.0.amount": "1100000000",
    "alternativeValues.0.currency": "USD",
    "alternativeValues.0.source": rumour.id,
    "alternativeValues.0.status": "ESTIMATED",
    "alternativeValues.0.note": "按当时汇率",
    "alternativeValues.1.field": "valuation",
    "alternativeValues.1.value": "近 120 亿欧元估值",
    "alternativeValues.1.status": "REPORTED",
    ...overrides,
  };
}

describe("a claim's status and a fact's other values, from the admin to readers", () => {
  it("saves them through the admin and reads them back on the page, in the API, the CSV and the feed", async () => {
    const m = await modules();
    const created = await m.saveEntry(
      m.funding,
      { id: null, version: null, input: m.funding.schema.parse(await roundForm()) },
      db.editorId,
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    expect(
      await m.publishEntry(m.funding, { id: created.data.id, version: 1, intent: "publish" }, db.editorId),
    ).toMatchObject({ ok: true });
    const rumour = await sourceOf("tc-equity-and-debt-2024-rumour");

    // The page's query.
    const round = await m.getRound(SLUG);
    expect(round?.citations).toEqual([
      expect.objectContaining({ claim: "据传将融资 10 亿欧元", status: "RUMORED" }),
    ]);
    expect(round?.alternativeValues).toEqual([
      {
        field: "amount",
        fieldLabel: "金额",
        value: "约 11 亿美元",
        amount: { minor: "110000000000", currency: "USD" },
        source: expect.objectContaining({ slug: "tc-equity-and-debt-2024-rumour", url: rumour.url }),
        status: "ESTIMATED",
        note: "按当时汇率",
      },
      {
        field: "valuation",
        fieldLabel: "估值",
        value: "近 120 亿欧元估值",
        amount: null,
        source: null,
        status: "REPORTED",
        note: "",
      },
    ]);

    // The API: the same, in the resource's own schema.
    const api = (await m.findResource("funding-rounds")!.get(SLUG, { origin: ORIGIN })) as Record<
      string,
      unknown
    >;
    expect(api.citations).toEqual([
      expect.objectContaining({ claim: "据传将融资 10 亿欧元", status: "RUMORED" }),
    ]);
    expect(api.alternativeValues).toEqual([
      {
        field: "amount",
        value: "约 11 亿美元",
        amount: { minor: "110000000000", currency: "USD", decimal: "1100000000.00" },
        source: expect.objectContaining({
          slug: "tc-equity-and-debt-2024-rumour",
          title: null,
          publisher: "TechCrunch",
        }),
        status: "ESTIMATED",
        note: "按当时汇率",
      },
      {
        field: "valuation",
        value: "近 120 亿欧元估值",
        amount: null,
        source: null,
        status: "REPORTED",
        note: "",
      },
    ]);

    // The CSV: each source with its status, and every other value in one cell.
    const csv = await m.findCsvDownload("funding-rounds.csv")!.build(ORIGIN);
    const [header, ...rows] = parse(csv, { bom: true }) as string[][];
    const row = rows.find((r) => r[header.indexOf("网址标识")] === SLUG)!;
    expect(row[header.indexOf("来源及说法状态")]).toBe(`${rumour.url}（传闻）`);
    expect(row[header.indexOf("其他说法")]).toBe(
      `金额：约 11 亿美元 = 1100000000.00 USD（${rumour.url}，估算；按当时汇率）\n估值：近 120 亿欧元估值（未附来源，媒体报道）`,
    );

    // The feed item's content.
    const entry = (await m.listFeedEntries("funding")).find((e) => e.slug === SLUG)!;
    expect(entry.alternativeValues).toHaveLength(2);
    const rss = m.buildFeed("funding", "rss", [entry], ORIGIN);
    expect(rss).toContain("另有说法");
    expect(rss).toContain("估值：近 120 亿欧元估值（未附来源，媒体报道）");
    expect(rss).toContain("据传将融资 10 亿欧元〔传闻〕");
  });

  it("shows a changed status and a changed value field by field in the history", async () => {
    const m = await modules();
    const { id } = await db.prisma.fundingRound.findUniqueOrThrow({ where: { slug: SLUG } });
    const input = m.funding.schema.parse(
      await roundForm({ "citations.0.status": "REPORTED", "alternativeValues.1.value": "近 130 亿欧元估值" }),
    );
    expect(
      await m.saveEntry(m.funding, { id, version: 2, input, reason: "来源已证实" }, db.editorId),
    ).toMatchObject({ ok: true, data: { version: 3 } });
    const changes = (await m.getHistory(m.funding, id))!.items[0].changes;
    expect(changes.map((c) => c.label)).toEqual(["来源", "其他说法"]);
    expect(changes[0].before).toContain("（据传将融资 10 亿欧元，传闻）");
    expect(changes[0].after).toContain("（据传将融资 10 亿欧元，媒体报道）");
    expect(changes[1].after).toContain("估值：近 130 亿欧元估值（未附来源，媒体报道）");
    expect(await db.prisma.citation.findFirst({ where: { subjectId: id } })).toMatchObject({
      status: "REPORTED",
    });
  });

  it("keeps another value whose source is not public from readers, not from the preview", async () => {
    const m = await modules();
    const draft = await db.prisma.source.create({
      data: { slug: "draft-claims-source", url: "https://news.example.com/draft", publisher: "Example" },
    });
    const { id } = await db.prisma.fundingRound.findUniqueOrThrow({ where: { slug: SLUG } });
    const input = m.funding.schema.parse(await roundForm({ "alternativeValues.1.source": draft.id }));
    expect(
      await m.saveEntry(m.funding, { id, version: 3, input, reason: "补充来源" }, db.editorId),
    ).toMatchObject({
      ok: true,
    });
    expect((await m.getRound(SLUG))?.alternativeValues.map((a) => a.field)).toEqual(["amount"]);
    expect((await m.loadEntryAlternativeValues("ROUND", id, { drafts: true })).map((a) => a.field)).toEqual([
      "amount",
      "valuation",
    ]);

    // A source another value cites cannot go; the entry's other values go with the entry.
    const refused = await m.deleteEntry(m.sources, { id: draft.id, version: 1 }, db.editorId);
    expect(!refused.ok && refused.code === "REFUSED" && refused.referrers?.map((r) => r.title)).toEqual([
      "D 轮测试",
    ]);
    expect(await m.deleteEntry(m.funding, { id, version: 4 }, db.editorId)).toMatchObject({ ok: true });
    expect(await db.prisma.alternativeValue.count({ where: { subjectId: id } })).toBe(0);
  });

  it("reads the story's own conflicts as seeded: both of Microsoft's figures, both valuations", async () => {
    const m = await modules();
    const microsoft = {
      field: "amount",
      value: "1630 万美元的可转换投资",
      amount: { minor: "1630000000", currency: "USD" },
      source: expect.objectContaining({ slug: "tc-microsoft-investment", title: null }),
      status: "REPORTED",
    };
    const deal = await m.getPartnership("microsoft-azure");
    expect(deal?.amount?.value).toEqual({ minor: "1500000000", currency: "EUR" });
    expect(deal?.alternativeValues).toEqual([expect.objectContaining(microsoft)]);
    // The round's own figure is the one its link reports; the partnerships paragraph's, unlinked,
    // is its other value.
    const round = await m.getRound("microsoft-convertible-2024");
    expect(round?.amount?.value).toEqual({ minor: "1630000000", currency: "USD" });
    expect(round?.alternativeValues).toEqual([
      expect.objectContaining({
        field: "amount",
        value: "1500 万欧元的投资",
        amount: { minor: "1500000000", currency: "EUR" },
        source: null,
        status: "REPORTED",
      }),
    ]);
    // "近 60 亿美元估值" on the exit is the company's valuation, not another value of this round's.
    const june2024 = await m.getRound("equity-and-debt-2024");
    // "估值为 60 亿美元", unhedged.
    expect(june2024?.valuation).toEqual({
      value: { minor: "600000000000", currency: "USD" },
      qualifier: null,
      basis: null,
    });
    expect(june2024?.alternativeValues).toEqual([]);
    const api = (await m.findResource("partnerships")!.get("microsoft-azure", { origin: ORIGIN })) as {
      alternativeValues: unknown[];
    };
    expect(api.alternativeValues).toEqual([
      expect.objectContaining({
        field: "amount",
        value: "1630 万美元的可转换投资",
        amount: { minor: "1630000000", currency: "USD", decimal: "16300000.00" },
        status: "REPORTED",
      }),
    ]);
  });
});
