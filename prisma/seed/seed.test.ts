// Integrity of the seed data (pure), the story-facts checklist against it, and the seed itself
// against a real temporary SQLite file.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storyFacts } from "@/e2e/fixtures/story-facts";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { formatMoney } from "@/lib/format/money";
import { t } from "@/lib/i18n";
import { alternativeValues } from "./alternative-values";
import { citationStatusOf, claimStatusOf } from "./claim-status";
import { isCanonical, type PartialDate } from "./dates";
import { explainerCitations, markdownLinks } from "./explainer-citations";
import { events } from "./events";
import { explainers } from "./explainers";
import { countRows, seedDatabase, seedIfEmpty } from "./index";
import { models } from "./models";
import { organizations } from "./organizations";
import { partnerships } from "./partnerships";
import { people } from "./people";
import { products } from "./products";
import { rounds } from "./rounds";
import { sources } from "./sources";
import { STORY_LINKS } from "./story-links";
import type { SeedCitation, SeedProduct } from "./types";

interface CitingEntry {
  kind: string;
  slug: string;
  citations: readonly SeedCitation[];
}

/** Every entry that cites sources, explainers included (their citations come from their links). */
const citingEntries: CitingEntry[] = [
  ...organizations.map((e) => ({ kind: "organization", slug: e.slug, citations: e.citations })),
  ...people.map((e) => ({ kind: "person", slug: e.slug, citations: e.citations })),
  ...models.map((e) => ({ kind: "model", slug: e.slug, citations: e.citations })),
  ...products.map((e) => ({ kind: "product", slug: e.slug, citations: e.citations })),
  ...rounds.map((e) => ({ kind: "round", slug: e.slug, citations: e.citations })),
  ...partnerships.map((e) => ({ kind: "partnership", slug: e.slug, citations: e.citations })),
  ...events.map((e) => ({ kind: "event", slug: e.slug, citations: e.citations })),
  ...explainers.map((e) => ({ kind: "explainer", slug: e.slug, citations: explainerCitations(e) })),
];

const slugLists: Record<string, readonly string[]> = {
  source: sources.map((s) => s.slug),
  organization: organizations.map((o) => o.slug),
  person: people.map((p) => p.slug),
  model: models.map((m) => m.slug),
  product: products.map((p) => p.slug),
  round: rounds.map((r) => r.slug),
  partnership: partnerships.map((p) => p.slug),
  event: events.map((e) => e.slug),
  explainer: explainers.map((x) => x.slug),
};

const sourceSlugs = new Set(slugLists.source);
const organizationSlugs = new Set(slugLists.organization);
const personSlugs = new Set(slugLists.person);
const modelSlugs = new Set(slugLists.model);

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/**
 * Entries whose facts the story states without a link: they cite nothing rather than a link
 * the story puts on something else.
 */
const UNLINKED = new Set([
  "organization alan", // the link in its sentence is on Jean-Charles Samuelian-Werve's name
  "person timothee-lacroix", // the founders' paragraph
  "person guillaume-lample",
  "person charles-gorintin",
  "event le-chat-pro-plan",
  "event total-raised",
  "event revenue-reported", // "据多个消息来源称", none named
  "product mistral-api", // "在纯粹的 B2B 方面……" has no link
]);

/** A story link that defines a word ("权重") rather than backing a fact: no entry cites it. */
const GLOSSARY_LINKS = new Set(["https://duohub.ai/glossary/w/weights"]);

/** The dates the story gives by arithmetic only: "仅六个月后" of "2023 年 6 月". */
const DERIVED_DATES = new Set(["round series-a"]);

/** Text compared as the story's words: spacing aside, its quotation marks as it writes them. */
const asWords = (text: string) => text.replace(/\s+/g, "");

/** The story's paragraphs and list items, as plain text, with the links each holds. */
const storyParagraphs = explainers.flatMap((x) =>
  x.body.split(/\n\s*\n|\n(?=- )/).map((markdown) => ({
    text: asWords(markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")),
    urls: new Set(markdownLinks(markdown).map((link) => link.url)),
  })),
);

/** Whether the claim's parts ("……" between them) are, in order, in one paragraph with the link. */
function quotesStoryAround(url: string, claim: string): boolean {
  const parts = claim.split("……").map(asWords);
  return storyParagraphs.some(({ text, urls }) => {
    if (!urls.has(url)) return false;
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      if (part === "" || at < 0) return false;
      from = at + part.length;
    }
    return true;
  });
}

describe("seed data integrity", () => {
  // The sections are the story word for word, links included, as it was brought in and checked
  // line by line; the product never reads the story itself, so its text is pinned by digest. A
  // change here is a change of the story's words: check it against the story before the digest.
  it("keeps the story's sections exactly as they were brought in", () => {
    const text = explainers.map((x) => `${x.heading}\n${x.body}`).join("\n\n");
    expect(createHash("sha256").update(text).digest("hex")).toBe(
      "3bdad96fc17d27a6ed1f67cee8cae3ba928347bb6f0f2eac4757d00967628d69",
    );
  });

  it("keeps the story's 39 unique links", () => {
    expect(STORY_LINKS).toHaveLength(39);
    expect(new Set(STORY_LINKS).size).toBe(39);
    const linkedInExplainers = new Set(explainers.flatMap((x) => markdownLinks(x.body).map((l) => l.url)));
    expect([...linkedInExplainers].sort()).toEqual([...STORY_LINKS].sort());
  });

  it("has exactly one source per story link, with unique slugs and URLs", () => {
    expect(sources.map((s) => s.url).sort()).toEqual([...STORY_LINKS].sort());
    expect(new Set(sources.map((s) => s.url)).size).toBe(sources.length);
  });

  it("has slugs unique per kind, in kebab-case", () => {
    for (const [kind, slugs] of Object.entries(slugLists)) {
      expect(new Set(slugs).size, kind).toBe(slugs.length);
      for (const slug of slugs) expect(slug, kind).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("has every entry cite an existing source unless the story links none of its facts, each (source, claim) once", () => {
    for (const entry of citingEntries) {
      const label = `${entry.kind} ${entry.slug}`;
      expect(entry.citations.length > 0, `${label} cites nothing`).toBe(!UNLINKED.has(label));
      for (const c of entry.citations) {
        expect(sourceSlugs.has(c.source), `${label} cites unknown source ${c.source}`).toBe(true);
        expect(c.claim.trim(), `${label} has an empty claim`).not.toBe("");
      }
      const keys = entry.citations.map((c) => `${c.source}\u0000${c.claim}`);
      expect(new Set(keys).size, label).toBe(keys.length);
    }
  });

  it("quotes, in every claim, the story's words in the paragraph that holds the cited link", () => {
    const urlBySlug = new Map<string, string>(sources.map((s) => [s.slug, s.url]));
    for (const entry of citingEntries.filter((e) => e.kind !== "explainer")) {
      for (const { source, claim } of entry.citations) {
        expect(
          quotesStoryAround(urlBySlug.get(source) ?? "", claim),
          `${entry.kind} ${entry.slug}: "${claim}" is not the story's words beside ${source}`,
        ).toBe(true);
      }
    }
    // The check itself: a claim read off a link's address is not the story's words.
    expect(quotesStoryAround(urlBySlug.get("tc-pixtral")!, "Pixtral 系列多模态模型")).toBe(true);
    expect(quotesStoryAround(urlBySlug.get("tc-pixtral")!, "Mistral 发布其首个多模态模型 Pixtral")).toBe(
      false,
    );
    expect(quotesStoryAround(urlBySlug.get("tc-pixtral")!, "2023 年 6 月")).toBe(false);
  });

  it("has every story link cited by an explainer and by at least one other entry", () => {
    const slugByUrl = new Map(sources.map((s) => [s.url, s.slug]));
    const citedBy = (kinds: (kind: string) => boolean) =>
      new Set<string>(
        citingEntries.filter((e) => kinds(e.kind)).flatMap((e) => e.citations.map((c) => c.source)),
      );
    const byExplainers = citedBy((kind) => kind === "explainer");
    const byEntries = citedBy((kind) => kind !== "explainer");
    for (const url of STORY_LINKS) {
      const slug = slugByUrl.get(url);
      expect(slug, url).toBeDefined();
      expect(byExplainers.has(slug ?? ""), `${url} not cited by an explainer`).toBe(true);
      expect(byEntries.has(slug ?? ""), `${url} cited by an entry`).toBe(!GLOSSARY_LINKS.has(url));
    }
  });

  it("has no dangling references", () => {
    for (const r of rounds) {
      for (const investor of r.investors) {
        if (investor.organization) expect(organizationSlugs.has(investor.organization), r.slug).toBe(true);
        if (investor.person) expect(personSlugs.has(investor.person), r.slug).toBe(true);
        expect(Boolean(investor.organization) !== Boolean(investor.person), r.slug).toBe(true);
      }
      const keys = r.investors.map((i) => i.organization ?? i.person);
      expect(new Set(keys).size, `${r.slug} lists an investor twice`).toBe(keys.length);
      expect(r.investors.filter((i) => i.isLead).length, r.slug).toBeLessThanOrEqual(1);
    }
    for (const p of partnerships) {
      expect(p.partners.length, p.slug).toBeGreaterThan(0);
      for (const slug of p.partners) expect(organizationSlugs.has(slug), `${p.slug} → ${slug}`).toBe(true);
    }
    for (const m of models) {
      for (const slug of m.collaborators)
        expect(organizationSlugs.has(slug), `${m.slug} → ${slug}`).toBe(true);
      if (m.replaces !== null) {
        expect(modelSlugs.has(m.replaces), `${m.slug} replaces ${m.replaces}`).toBe(true);
        expect(m.replaces).not.toBe(m.slug);
      }
    }
  });

  it("stores money as BigInt minor units", () => {
    // As the type allows (the story prices no product: none has a price).
    const priced: readonly SeedProduct[] = products;
    const amounts: unknown[] = [
      ...rounds.flatMap((r) => [r.amount?.minor, r.amountUsdMinor, r.valuation?.minor]),
      ...partnerships.map((p) => p.amount?.minor),
      ...events.flatMap((e) => [e.amount?.minor, e.amountUsdMinor]),
      ...priced.map((p) => p.price?.minor),
    ].filter((value) => value !== null && value !== undefined);
    expect(amounts.length).toBeGreaterThan(10);
    for (const amount of amounts) expect(typeof amount).toBe("bigint");
    const currencies = [
      ...rounds.flatMap((r) => [r.amount?.currency, r.valuation?.currency]),
      ...partnerships.map((p) => p.amount?.currency),
      ...events.map((e) => e.amount?.currency),
      ...priced.map((p) => p.price?.currency),
    ].filter((c): c is string => typeof c === "string");
    for (const currency of currencies) expect(currency).toMatch(/^[A-Z]{3}$/);
  });

  it("says of licences and open weights only what the story says, and 未说明 otherwise", () => {
    const stated = Object.fromEntries(models.map((m) => [m.slug, [m.license, m.openWeights]]));
    expect(stated).toEqual({
      "mistral-large": ["UNSPECIFIED", null],
      "mistral-large-2": ["UNSPECIFIED", null],
      "pixtral-large": ["UNSPECIFIED", null],
      "mistral-medium-3": ["UNSPECIFIED", null],
      devstral: ["APACHE_2_0", true],
      codestral: ["NON_COMMERCIAL", null],
      "les-ministraux": ["UNSPECIFIED", null],
      "mistral-saba": ["UNSPECIFIED", null],
      "mistral-nemo": ["APACHE_2_0", true],
    });
    for (const m of models.filter((x) => x.license === "UNSPECIFIED")) expect(m.licenseName, m.slug).toBe("");
    // The story says "top models" of no model in particular.
    for (const m of models) expect(m.licenseName, m.slug).not.toContain("顶级");
  });

  it("types every organization that invests in a round as an investor, as the story names it", () => {
    const investing = new Set(rounds.flatMap((r) => r.investors.flatMap((i) => i.organization ?? [])));
    for (const o of organizations.filter((x) => investing.has(x.slug)))
      expect(o.type, o.slug).toBe("INVESTOR");
    expect(organizations.find((o) => o.slug === "microsoft")?.type).toBe("INVESTOR");
  });

  it("gives a partnership a category only where the story says what it is", () => {
    expect(Object.fromEntries(partnerships.map((p) => [p.slug, p.category]))).toMatchObject({
      // "通过 Microsoft 的 Azure 平台分发其 AI 模型": no word of a cloud.
      "microsoft-azure": null,
      "french-army": "DEFENCE",
      helsing: "DEFENCE",
      // "在巴黎地区创建一个 AI 园区": what the campus is for, the story does not say.
      "paris-ai-campus": null,
    });
  });

  it("names a model's family only as the story names a series, else none", () => {
    const story = explainers.map((x) => x.body.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")).join("\n");
    expect(story).toContain("Pixtral 系列");
    expect(story).toContain("“Les Ministraux”，一系列");
    expect(Object.fromEntries(models.filter((m) => m.family).map((m) => [m.slug, m.family]))).toEqual({
      "pixtral-large": "Pixtral",
      "les-ministraux": "Les Ministraux",
    });
  });

  it("never states the seed round as $113M, which only the TechCrunch link's address says", () => {
    // Everything but the links' addresses (the explainers quote the story, links and all).
    const stated = JSON.stringify(
      [organizations, people, models, products, rounds, partnerships, events, sources, alternativeValues],
      (key, value: unknown) =>
        key === "url" ? undefined : typeof value === "bigint" ? value.toString() : value,
    );
    expect(stated).toContain("1.12 亿美元");
    expect(stated).not.toMatch(/113|1\.13 ?亿/);
  });

  it("reports the story's figures exactly", () => {
    const round = (slug: string) => rounds.find((r) => r.slug === slug);
    expect(round("seed-2023")?.amount).toEqual({ minor: 11_200_000_000n, currency: "USD" });
    expect(round("seed-2023")?.valuation?.minor).toBe(26_000_000_000n);
    expect(round("series-a")?.amountUsdMinor).toBe(41_500_000_000n);
    expect(round("microsoft-convertible-2024")?.amount).toEqual({ minor: 1_630_000_000n, currency: "USD" });
    // "这被视为 A 轮融资的延伸" is a reading the summary keeps, not a stage or a name the story gives.
    expect(round("microsoft-convertible-2024")).toMatchObject({ name: "微软可转换投资", stage: null });
    expect(round("microsoft-convertible-2024")?.summary).toContain("这被视为 A 轮融资的延伸");
    expect(round("equity-and-debt-2024")?.valuation?.minor).toBe(600_000_000_000n);
    // "每月 14.99 美元" is the Pro plan's price (its event says so), not Le Chat's.
    expect(products.find((p) => p.slug === "le-chat")?.price).toBeNull();
    expect(events.find((e) => e.slug === "le-chat-pro-plan")?.title).toContain("定价每月 14.99 美元");
  });

  it("qualifies a figure only in the story's own words, each quoted in its entry's summary", () => {
    const qualified = [...rounds, ...partnerships, ...events].flatMap((entry) =>
      Object.entries(entry.qualifiers).map(([field, q]) => ({
        slug: entry.slug,
        field,
        summary: entry.summary,
        ...q,
      })),
    );
    for (const q of qualified) expect(q.summary, `${q.slug} ${q.field}`).toContain(q.words);
    const of = (slug: string) => rounds.find((r) => r.slug === slug)!.qualifiers;
    expect(of("seed-2023")).toEqual({ valuation: { qualifier: "REPORTED", words: "当时的消息来源称" } });
    expect(of("series-a")).toEqual({
      date: { qualifier: "INFERRED", words: "仅六个月后", basis: "种子轮（2023 年 6 月）“仅六个月后”" },
      amountUsd: { qualifier: "APPROXIMATE", words: "当时约为 4.15 亿美元" },
      valuation: { qualifier: "REPORTED", words: "据报道估值为 20 亿美元" },
    });
    // "估值为 60 亿美元" is unhedged; "按当时汇率计算约为 6.4 亿美元" is not.
    expect(of("equity-and-debt-2024")).toEqual({
      amountUsd: { qualifier: "APPROXIMATE", words: "按当时汇率计算约为 6.4 亿美元" },
    });
    expect(of("microsoft-convertible-2024")).toEqual({});
    expect(events.find((e) => e.slug === "total-raised")?.qualifiers).toEqual({
      amount: { qualifier: "APPROXIMATE", words: "约 10 亿欧元" },
      amountUsd: { qualifier: "APPROXIMATE", words: "按当前汇率计算约为 10.4 亿美元" },
    });
    // An inferred basis quotes the story's words it was worked out from.
    for (const q of qualified.filter((q) => q.qualifier === "INFERRED")) expect(q.basis).toContain(q.words);
  });

  it("stores each partial date as the canonical date of its precision", () => {
    const dated: [string, PartialDate | null][] = [
      ...sources.map((s): [string, PartialDate | null] => [`source ${s.slug}`, s.publishedOn]),
      ...organizations.map((o): [string, PartialDate | null] => [`organization ${o.slug}`, o.founded]),
      ...models.map((m): [string, PartialDate | null] => [`model ${m.slug}`, m.released]),
      ...products.map((p): [string, PartialDate | null] => [`product ${p.slug}`, p.launched]),
      ...rounds.map((r): [string, PartialDate | null] => [`round ${r.slug}`, r.date]),
      ...partnerships.map((p): [string, PartialDate | null] => [`partnership ${p.slug}`, p.date]),
      ...events.map((e): [string, PartialDate | null] => [`event ${e.slug}`, e.date]),
    ];
    for (const [label, date] of dated) if (date) expect(isCanonical(date), label).toBe(true);
  });

  it("gives no source a title or a date, as the story gives none (its address is not read for one)", () => {
    for (const s of sources) {
      expect(s.title, s.slug).toBeNull();
      expect(s.publishedOn, s.slug).toBeNull();
    }
  });

  it("dates an entry only as the story does, in the entry's own words, never to the day", () => {
    const dated: [string, PartialDate | null, string][] = [
      ...organizations.map((o): [string, PartialDate | null, string] => [
        `organization ${o.slug}`,
        o.founded,
        o.description,
      ]),
      ...models.map((m): [string, PartialDate | null, string] => [`model ${m.slug}`, m.released, m.summary]),
      ...products.map((p): [string, PartialDate | null, string] => [
        `product ${p.slug}`,
        p.launched,
        p.summary,
      ]),
      ...rounds.map((r): [string, PartialDate | null, string] => [`round ${r.slug}`, r.date, r.summary]),
      ...partnerships.map((p): [string, PartialDate | null, string] => [
        `partnership ${p.slug}`,
        p.date,
        p.summary,
      ]),
      ...events.map((e): [string, PartialDate | null, string] => [`event ${e.slug}`, e.date, e.summary]),
    ];
    const story = explainers.map((x) => x.body).join("\n");
    for (const [label, date, text] of dated) {
      if (!date) continue;
      expect(date.precision, label).not.toBe("DAY");
      const year = date.date.getUTCFullYear();
      const written =
        date.precision === "YEAR" ? `${year} 年` : `${year} 年 ${date.date.getUTCMonth() + 1} 月`;
      if (DERIVED_DATES.has(label)) continue;
      expect(text, `${label} is dated ${written}, which its text does not say`).toContain(written);
      expect(story, `${label} is dated ${written}, which the story does not say`).toContain(written);
    }
  });

  it("writes reader-facing text in Chinese", () => {
    const texts = [
      ...organizations.map((o) => o.description),
      ...people.flatMap((p) => [p.role, p.background]),
      ...models.map((m) => m.summary),
      ...products.map((p) => p.summary),
      ...rounds.flatMap((r) => [r.name, r.summary]),
      ...partnerships.flatMap((p) => [p.title, p.summary]),
      ...events.flatMap((e) => [e.title, e.summary]),
      // Claims quote the story (checked above), which may be a model's name alone.
    ];
    for (const text of texts) expect(text, text).toMatch(HAS_CHINESE);
  });
});

describe("claim statuses, from the story's wording beside each link", () => {
  const statuses = citingEntries.flatMap((entry) =>
    entry.citations.map((c) => ({
      entry: `${entry.kind} ${entry.slug}`,
      source: c.source,
      claim: c.claim,
      status: citationStatusOf(c),
    })),
  );

  it("says which claims are not plain media reports, and why", () => {
    const notReported = statuses
      .filter((c) => c.status !== "REPORTED")
      .map((c) => [c.entry, c.source, c.status]);
    expect(notReported.filter(([, , status]) => status === "RUMORED")).toEqual([
      // The link the story puts on "早有传闻".
      ["round equity-and-debt-2024", "tc-equity-and-debt-2024-rumour", "RUMORED"],
      ["event equity-and-debt-2024-rumoured", "tc-equity-and-debt-2024-rumour", "RUMORED"],
      ["explainer funding", "tc-equity-and-debt-2024-rumour", "RUMORED"],
    ]);
    expect(notReported.filter(([, , status]) => status === "ESTIMATED")).toEqual([
      // "（当时约为 4.15 亿美元）", "（按当时汇率计算约为 6.4 亿美元）".
      ["round series-a", "tc-series-a", "ESTIMATED"],
      ["round equity-and-debt-2024", "tc-equity-and-debt-2024", "ESTIMATED"],
    ]);
    // Confirmed: a party's own announcement or statement, in the story's words, whatever the link.
    expect(notReported.filter(([, , status]) => status === "CONFIRMED").map(([entry]) => entry)).toEqual([
      "organization bpifrance",
      "organization microsoft",
      "organization nvidia",
      "organization mgx",
      "person arthur-mensch",
      "round microsoft-convertible-2024",
      "partnership microsoft-azure",
      "partnership paris-ai-campus",
      "event davos-not-for-sale",
      // An explainer's claim is the linked words ("巴黎地区创建一个 AI 园区"), its status the
      // sentence's: "Mistral AI 宣布将参与在巴黎地区创建一个 AI 园区……", "Mensch……表示，Mistral "不待售，"".
      "explainer partnerships",
      "explainer exit",
    ]);
    expect(
      statuses
        .filter((c) => c.entry.startsWith("explainer ") && c.status === "CONFIRMED")
        .map((c) => [c.entry, c.source, c.claim]),
    ).toEqual([
      ["explainer partnerships", "linkedin-ai-campus", "巴黎地区创建一个 AI 园区"],
      ["explainer exit", "tc-ipo-plans", 'Mistral "不待售，"'],
    ]);
    // The same link stands the same in an explainer as in the entries that quote its sentence.
    for (const slug of ["linkedin-ai-campus", "tc-ipo-plans"]) {
      expect(new Set(statuses.filter((c) => c.source === slug).map((c) => c.status)), slug).toEqual(
        new Set(["CONFIRMED"]),
      );
    }
    // The link on "法国国有投资银行 Bpifrance" backs the story's words for Bpifrance, not what Mistral
    // AI announced in the same sentence: a media report wherever it is cited.
    expect(new Set(statuses.filter((c) => c.source === "tc-bpifrance").map((c) => c.status))).toEqual(
      new Set(["REPORTED"]),
    );
    // A partner's own newsroom behind a plain statement of the story is a media report like any.
    expect(claimStatusOf("ibm-partnership", "Mistral AI 还与……IBM……达成了战略合作伙伴关系")).toBe("REPORTED");
  });

  it("keeps an estimate apart from the exact figure beside it, each with its own status", () => {
    const claimsOf = (entry: string, source: string) =>
      statuses.filter((c) => c.entry === entry && c.source === source).map((c) => [c.claim, c.status]);
    expect(claimsOf("round series-a", "tc-series-a")).toEqual([
      ["该公司完成了 3.85 亿欧元的 A 轮融资……据报道估值为 20 亿美元", "REPORTED"],
      ["当时约为 4.15 亿美元", "ESTIMATED"],
    ]);
    expect(claimsOf("round equity-and-debt-2024", "tc-equity-and-debt-2024")).toEqual([
      ["2024 年 6 月，Mistral AI 又筹集了 6 亿欧元的股权和债务", "REPORTED"],
      ["按当时汇率计算约为 6.4 亿美元", "ESTIMATED"],
    ]);
    // An explainer's status is read from its link's sentence, less the asides of other claims.
    expect(claimsOf("explainer funding", "tc-series-a")).toEqual([["3.85 亿欧元的 A 轮融资", "REPORTED"]]);
    expect(claimsOf("explainer funding", "tc-equity-and-debt-2024")).toEqual([
      ["6 亿欧元的股权和 债务", "REPORTED"],
    ]);
    // An estimate's claim holds that one figure only.
    for (const c of statuses.filter((x) => x.status === "ESTIMATED")) {
      expect(c.claim.match(/\d+(\.\d+)?/g), c.claim).toHaveLength(1);
    }
  });

  it("reads a rumour from the link on its words, not from the words in any claim", () => {
    // "这轮早有传闻的融资由 General Catalyst 领投" is backed by the round's article, not the rumour's.
    expect(claimStatusOf("tc-equity-and-debt-2024", "这轮早有传闻的融资由 General Catalyst 领投")).toBe(
      "REPORTED",
    );
    expect(claimStatusOf("tc-equity-and-debt-2024-rumour", "这轮早有传闻的融资")).toBe("RUMORED");
    // Hedges of a media report stay a media report; a link's address is never read.
    expect(claimStatusOf("ft-seed-round", "当时的消息来源称……估值为 2.6 亿美元")).toBe("REPORTED");
    expect(claimStatusOf(null, "据多个消息来源称")).toBe("REPORTED");
    expect(claimStatusOf(null, "约 10 亿欧元")).toBe("ESTIMATED");
    expect(claimStatusOf("mistral-news-mistral-nemo", "开源")).toBe("REPORTED");
  });
});

describe("other values the story gives for a fact", () => {
  const fieldsOf: Record<string, readonly string[]> = {
    ROUND: ["amount", "amountUsd", "valuation", "date"],
    PARTNERSHIP: ["amount", "date"],
    EVENT: ["amount", "amountUsd", "date"],
  };
  const subjects: Record<string, readonly { slug: string }[]> = {
    ROUND: rounds,
    PARTNERSHIP: partnerships,
    EVENT: events,
  };
  const urlBySlug = new Map<string, string>(sources.map((s) => [s.slug, s.url]));
  const story = asWords(explainers.map((x) => x.body.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")).join("\n"));

  it("quotes the story beside the link it attaches, or anywhere when it attaches none", () => {
    for (const a of alternativeValues) {
      const label = `${a.subject.kind} ${a.subject.slug} ${a.field}`;
      expect(
        subjects[a.subject.kind].some((e) => e.slug === a.subject.slug),
        label,
      ).toBe(true);
      expect(fieldsOf[a.subject.kind], label).toContain(a.field);
      if (a.source === null) expect(story, label).toContain(asWords(a.value));
      else expect(quotesStoryAround(urlBySlug.get(a.source) ?? "", a.value), label).toBe(true);
      // An exact figure only where the words give one, and then that figure.
      if (a.amount)
        expect(a.value, label).toContain(formatMoney({ ...a.amount, minor: String(a.amount.minor) }));
    }
  });

  it("shows Microsoft's investment in both of the story's figures, each entry's own first", () => {
    const about = (kind: string, slug: string) =>
      alternativeValues
        .filter((a) => a.subject.kind === kind && a.subject.slug === slug)
        .map((a) => [a.field, a.value, a.source, claimStatusOf(a.source, a.value)]);
    const inUsd = ["amount", "1630 万美元的可转换投资", "tc-microsoft-investment", "REPORTED"];
    const inEur = ["amount", "1500 万欧元的投资", null, "REPORTED"];
    // The convertible round's own figure is its link's; the partnership's is its paragraph's.
    expect(rounds.find((r) => r.slug === "microsoft-convertible-2024")?.amount).toEqual({
      minor: 1_630_000_000n,
      currency: "USD",
    });
    expect(partnerships.find((p) => p.slug === "microsoft-azure")?.amount).toEqual({
      minor: 1_500_000_000n,
      currency: "EUR",
    });
    expect(about("ROUND", "microsoft-convertible-2024")).toEqual([inEur]);
    expect(about("PARTNERSHIP", "microsoft-azure")).toEqual([inUsd]);
    // "近 60 亿美元估值" on the exit is the company's, not another value of June 2024's round.
    expect(about("ROUND", "equity-and-debt-2024")).toEqual([]);
  });
});

/** What a public page shows, per the seed data: the strings a story fact may quote. */
function pageTexts(path: string): string[] {
  const [, section, slug] = path.split("/");
  const orgName = (s: string) => organizations.find((o) => o.slug === s)?.name ?? "";
  const plain = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  switch (section) {
    case "": {
      const company = organizations.find((o) => o.slug === "mistral-ai");
      return [
        company?.name ?? "",
        company?.description ?? "",
        ...explainers.flatMap((x) => [x.heading, plain(x.body)]),
      ];
    }
    case "models": {
      const m = models.find((x) => x.slug === slug);
      if (!m) return [];
      const replaced = models.find((x) => x.slug === m.replaces)?.name ?? "";
      const replacedBy = models.filter((x) => x.replaces === m.slug).map((x) => x.name);
      return [
        m.name,
        m.family ?? "",
        // As the page shows it: the licence's name, else its kind (未说明 when the story is silent).
        m.licenseName || t.enums.modelLicense[m.license],
        m.summary,
        replaced,
        ...replacedBy,
        ...m.collaborators.map(orgName),
      ];
    }
    case "products":
      return products.flatMap((p) => [p.name, p.platforms, p.summary]);
    case "funding": {
      const r = rounds.find((x) => x.slug === slug);
      if (!r) return [];
      const investorName = (i: (typeof r.investors)[number]) =>
        i.organization ? orgName(i.organization) : (people.find((p) => p.slug === i.person)?.name ?? "");
      return [r.name, r.summary, ...r.investors.map(investorName)];
    }
    case "partnerships": {
      const p = partnerships.find((x) => x.slug === slug);
      return p ? [p.title, p.summary, ...p.partners.map(orgName)] : [];
    }
    case "people":
      return people.flatMap((p) => [p.name, p.role, p.background]);
    case "organizations": {
      const o = organizations.find((x) => x.slug === slug);
      return o ? [o.name, o.nameZh ?? "", o.description] : [];
    }
    case "timeline":
      // Only dated events are on the timeline.
      return events.filter((e) => e.date !== null).map((e) => e.title);
    case "events": {
      const e = events.find((x) => x.slug === slug);
      return e ? [e.title, e.summary] : [];
    }
    case "sources":
      return sources.flatMap((s) => [s.title ?? s.publisher, s.publisher, s.url]);
    default:
      return [];
  }
}

describe("story facts checklist (e2e/fixtures/story-facts.ts)", () => {
  it("quotes only what the seed data puts on each page", () => {
    expect(storyFacts.length).toBeGreaterThanOrEqual(60);
    for (const { path, texts, fact } of storyFacts) {
      const shown = pageTexts(path);
      expect(shown.length, `${path} is not a known page`).toBeGreaterThan(0);
      expect(texts.length, fact).toBeGreaterThan(0);
      for (const text of texts) {
        expect(
          shown.some((field) => field.includes(text)),
          `${path}: "${text}" (${fact})`,
        ).toBe(true);
      }
    }
  });

  it("covers every model, round, partnership, event, person, explainer and source", () => {
    const paths = new Set(storyFacts.map((f) => f.path));
    const quoted = (path: string) => storyFacts.filter((f) => f.path === path).flatMap((f) => f.texts);
    for (const m of models) expect(paths.has(`/models/${m.slug}`), m.slug).toBe(true);
    for (const r of rounds) expect(paths.has(`/funding/${r.slug}`), r.slug).toBe(true);
    for (const p of partnerships) expect(paths.has(`/partnerships/${p.slug}`), p.slug).toBe(true);
    for (const p of products) expect(quoted("/products"), p.slug).toContain(p.name);
    for (const e of events) {
      if (e.date) expect(quoted("/timeline"), e.slug).toContain(e.title);
      else expect(quoted(`/events/${e.slug}`), e.slug).toContain(e.title);
    }
    for (const p of people) expect(quoted("/people"), p.slug).toContain(p.name);
    for (const x of explainers) expect(quoted("/"), x.slug).toContain(x.heading);
    for (const s of sources) {
      expect(quoted("/sources"), s.slug).toContain(s.url);
      expect(quoted("/sources"), s.slug).toContain(s.title ?? s.publisher);
    }
  });
});

describe("seedDatabase against SQLite", () => {
  let dir: string;
  let prisma: PrismaClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "seed-test-"));
    const databaseUrl = `file:${join(dir, "seed.db")}`;
    await applyMigrations({ databaseUrl });
    prisma = createPrismaClient(databaseUrl);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it("seeds an empty database once, and a second run changes nothing", async () => {
    expect(await seedIfEmpty(prisma)).toBe(true);
    const first = await countRows(prisma);

    expect(first).toEqual({
      sources: sources.length,
      organizations: organizations.length,
      people: people.length,
      models: models.length,
      modelCollaborators: models.reduce((n, m) => n + m.collaborators.length, 0),
      products: products.length,
      rounds: rounds.length,
      roundInvestors: rounds.reduce((n, r) => n + r.investors.length, 0),
      partnerships: partnerships.length,
      partnershipPartners: partnerships.reduce((n, p) => n + p.partners.length, 0),
      events: events.length,
      explainers: explainers.length,
      citations: citingEntries.reduce((n, e) => n + e.citations.length, 0),
      alternativeValues: alternativeValues.length,
    });

    const idsBefore = await prisma.organization.findMany({
      select: { id: true, slug: true },
      orderBy: { slug: "asc" },
    });
    await seedDatabase(prisma);
    expect(await countRows(prisma)).toEqual(first);
    expect(
      await prisma.organization.findMany({ select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
    ).toEqual(idsBefore);
    expect(await seedIfEmpty(prisma)).toBe(false);
    expect(await countRows(prisma)).toEqual(first);
  });

  it("renames an entry seeded under an address that moved, keeping its row, on a re-seed", async () => {
    // As a database seeded before the June 2024 round's slug moved would hold it.
    const round = await prisma.fundingRound.update({
      where: { slug: "equity-and-debt-2024" },
      data: { slug: "series-b-2024" },
    });
    const before = await countRows(prisma);
    await seedDatabase(prisma);
    expect(await prisma.fundingRound.findUnique({ where: { slug: "series-b-2024" } })).toBeNull();
    expect(
      (await prisma.fundingRound.findUniqueOrThrow({ where: { slug: "equity-and-debt-2024" } })).id,
    ).toBe(round.id);
    expect(await countRows(prisma)).toEqual(before);
  });

  it("renames 法新社's organization and partnership seeded as afp, keeping their rows and link", async () => {
    // As a database seeded before their slugs moved would hold them.
    const organization = await prisma.organization.update({
      where: { slug: "fa-xin-she" },
      data: { slug: "afp" },
    });
    const partnership = await prisma.partnership.update({
      where: { slug: "fa-xin-she" },
      data: { slug: "afp" },
    });
    const before = await countRows(prisma);
    await seedDatabase(prisma);
    expect(await prisma.organization.findUnique({ where: { slug: "afp" } })).toBeNull();
    expect(await prisma.partnership.findUnique({ where: { slug: "afp" } })).toBeNull();
    const renamed = await prisma.partnership.findUniqueOrThrow({
      where: { slug: "fa-xin-she" },
      include: { partners: { include: { organization: true } } },
    });
    expect(renamed.id).toBe(partnership.id);
    expect(
      renamed.partners.map((p) => [p.organization.id, p.organization.slug, p.organization.name]),
    ).toEqual([[organization.id, "fa-xin-she", "法新社"]]);
    expect(await countRows(prisma)).toEqual(before);
  });

  it("publishes everything, links entries and keeps exact money", async () => {
    const drafts = await Promise.all([
      prisma.organization.count({ where: { status: "DRAFT" } }),
      prisma.aiModel.count({ where: { status: "DRAFT" } }),
      prisma.event.count({ where: { status: "DRAFT" } }),
      prisma.source.count({ where: { publishedAt: null } }),
    ]);
    expect(drafts).toEqual([0, 0, 0, 0]);

    const large2 = await prisma.aiModel.findUniqueOrThrow({
      where: { slug: "mistral-large-2" },
      include: { replaces: true },
    });
    expect(large2.replaces?.slug).toBe("mistral-large");
    const nemo = await prisma.aiModel.findUniqueOrThrow({
      where: { slug: "mistral-nemo" },
      include: { collaborators: { include: { organization: true } } },
    });
    expect(nemo.collaborators.map((c) => c.organization.slug)).toEqual(["nvidia"]);
    expect(nemo.datePrecision).toBe("MONTH");

    const seed = await prisma.fundingRound.findUniqueOrThrow({
      where: { slug: "seed-2023" },
      include: { investors: { orderBy: { position: "asc" }, include: { organization: true, person: true } } },
    });
    expect(seed.amountMinor).toBe(11_200_000_000n);
    expect(seed.investors[0]).toMatchObject({
      isLead: true,
      organization: { slug: "lightspeed-venture-partners" },
    });
    expect(seed.investors.filter((i) => i.person).map((i) => i.person?.slug)).toEqual([
      "eric-schmidt",
      "rodolphe-saade",
      "xavier-niel",
    ]);

    const mistral = await prisma.organization.findUniqueOrThrow({ where: { slug: "mistral-ai" } });
    // The story says where its founders' former employers do business, not where Mistral AI is.
    expect(mistral).toMatchObject({
      headquarters: null,
      country: null,
      website: null,
      foundedPrecision: "YEAR",
    });
    expect(mistral.foundedOn?.toISOString()).toBe("2023-01-01T00:00:00.000Z");

    const uncitedSources = await prisma.source.count({ where: { citations: { none: {} } } });
    expect(uncitedSources).toBe(0);
  });

  it("stores each claim's status and the other values of facts, with their sources", async () => {
    const byStatus = await prisma.citation.groupBy({
      by: ["status"],
      _count: true,
      orderBy: { status: "asc" },
    });
    expect(Object.fromEntries(byStatus.map((g) => [g.status, g._count]))).toEqual({
      CONFIRMED: 11,
      REPORTED: 114,
      RUMORED: 3,
      ESTIMATED: 2,
    });
    const round = await prisma.fundingRound.findUniqueOrThrow({
      where: { slug: "microsoft-convertible-2024" },
    });
    const rows = await prisma.alternativeValue.findMany({
      where: { subjectType: "ROUND", subjectId: round.id },
      include: { source: true },
    });
    expect(rows).toEqual([
      expect.objectContaining({
        field: "amount",
        value: "1500 万欧元的投资",
        amountMinor: 1_500_000_000n,
        currency: "EUR",
        status: "REPORTED",
        source: null,
      }),
    ]);
  });
});
