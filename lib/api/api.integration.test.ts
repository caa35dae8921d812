// The open data against a real database (SQLite, then PostgreSQL: tests/support/test-database.ts),
// migrated and seeded from the story: each resource's lists, filters and entries, its refusal of
// bad parameters, drafts and scheduled entries kept out, and the CSV downloads.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "@/tests/support/test-database";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { seedDatabase } from "@/prisma/seed";
import { entryTable } from "@/lib/content/entry-table";
import { KINDS } from "@/lib/kinds";
import { models as seededModels } from "@/prisma/seed/models";
import { rounds as seededRounds } from "@/prisma/seed/rounds";

const { databaseUrl, drop } = testDatabase("api");
// lib/platform/db reads DATABASE_URL when first imported: set it before importing any query.
process.env.DATABASE_URL = databaseUrl;

const ORIGIN = "https://tracker.example";
let prisma: PrismaClient;
let api: typeof import("@/lib/api/resources");
let downloads: typeof import("@/lib/csv/downloads");

beforeAll(async () => {
  await applyMigrations({ databaseUrl });
  prisma = createPrismaClient(databaseUrl);
  await seedDatabase(prisma);
  api = await import("@/lib/api/resources");
  downloads = await import("@/lib/csv/downloads");
});

afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: appClient } = await import("@/lib/platform/db");
  await appClient.$disconnect();
  await drop();
});

function resource(name: string) {
  const found = api.findResource(name);
  if (!found) throw new Error(`No resource ${name}`);
  return found;
}

/** A list request as the route gives it. */
async function list(name: string, query = "") {
  const outcome = await resource(name).list(new URL(`${ORIGIN}/api/v1/${name}${query}`));
  if (!outcome.ok) throw new Error(`${outcome.problem.parameter}: ${outcome.problem.message}`);
  return outcome.body as {
    data: Record<string, unknown>[];
    meta: Record<string, number>;
    links: Record<string, string | null>;
  };
}

const slugs = (body: { data: Record<string, unknown>[] }) => body.data.map((entry) => entry.slug);

describe("the API's lists", () => {
  it("pages in the database, with links that keep the filters", async () => {
    const all = await list("models", "?per_page=100");
    expect(all.meta.total).toBe(seededModels.length);
    const second = await list("models", "?per_page=3&page=2");
    expect(second.meta).toEqual({
      page: 2,
      perPage: 3,
      total: seededModels.length,
      pageCount: Math.ceil(seededModels.length / 3),
    });
    expect(slugs(second)).toEqual(slugs(all).slice(3, 6));
    expect(second.links).toEqual({
      self: `${ORIGIN}/api/v1/models?per_page=3&page=2`,
      first: `${ORIGIN}/api/v1/models?per_page=3&page=1`,
      last: `${ORIGIN}/api/v1/models?per_page=3&page=${Math.ceil(seededModels.length / 3)}`,
      prev: `${ORIGIN}/api/v1/models?per_page=3&page=1`,
      next: `${ORIGIN}/api/v1/models?per_page=3&page=3`,
    });
    const beyond = await list("models", "?page=9");
    expect(beyond.data).toEqual([]);
    expect(beyond.links.next).toBeNull();
  });

  it("filters each kind by its own parameters", async () => {
    expect((await list("models", "?category=CODE")).data.map((m) => m.name).sort()).toEqual([
      "Codestral",
      "Devstral",
    ]);
    const open = await list("models", "?open_weights=true");
    expect(open.data.length).toBeGreaterThan(0);
    expect(open.data.every((m) => m.openWeights === true)).toBe(true);
    const unstated = await list("models", "?open_weights=unknown&per_page=100");
    expect(slugs(unstated)).toContain("mistral-large-2");
    expect(unstated.data.every((m) => m.openWeights === null)).toBe(true);
    expect((await list("models", "?open_weights=false")).data).toEqual([]);
    expect(slugs(await list("models", "?family=Pixtral"))).toEqual(["pixtral-large"]);

    expect(slugs(await list("funding-rounds", "?year=2023"))).toEqual(["series-a", "seed-2023"]);
    expect(slugs(await list("funding-rounds", "?currency=eur"))).toEqual([
      "equity-and-debt-2024",
      "series-a",
    ]);
    expect(slugs(await list("funding-rounds", "?currency=usd"))).toEqual([
      "microsoft-convertible-2024",
      "seed-2023",
    ]);
    expect(slugs(await list("funding-rounds", "?investor=lightspeed-venture-partners"))).toEqual([
      "series-a",
      "seed-2023",
    ]);
    expect(slugs(await list("funding-rounds", "?investor=xavier-niel"))).toEqual(["seed-2023"]);

    expect(slugs(await list("partnerships", "?partner=microsoft"))).toContain("microsoft-azure");
    expect(slugs(await list("partnerships", "?category=DEFENCE")).sort()).toEqual(["french-army", "helsing"]);
    const events2025 = await list("events", "?year=2025");
    expect(events2025.data.length).toBeGreaterThan(0);
    expect(events2025.data.every((e) => String((e.date as { date: string }).date).startsWith("2025"))).toBe(
      true,
    );
    const techcrunch = await list("sources", "?publisher=TechCrunch&per_page=100");
    expect(techcrunch.meta.total).toBeGreaterThan(10);
    expect(techcrunch.data.every((s) => s.publisher === "TechCrunch")).toBe(true);
    const government = await list("organizations", "?type=GOVERNMENT");
    expect(slugs(government)).toContain("french-army");
    expect(government.data.every((o) => o.type === "GOVERNMENT")).toBe(true);
  });

  it("refuses unknown, repeated and invalid parameters, naming them", async () => {
    const problem = async (name: string, query: string) => {
      const outcome = await resource(name).list(new URL(`${ORIGIN}/api/v1/${name}${query}`));
      return outcome.ok ? null : outcome.problem;
    };
    expect(await problem("models", "?category=SPACE")).toMatchObject({
      parameter: "category",
      message: expect.stringContaining("GENERAL"),
    });
    expect(await problem("models", "?per_page=101")).toMatchObject({ parameter: "per_page" });
    expect(await problem("models", "?page=0")).toMatchObject({ parameter: "page" });
    expect(await problem("models", "?open_weights=yes")).toMatchObject({ parameter: "open_weights" });
    expect(await problem("funding-rounds", "?year=24")).toMatchObject({ parameter: "year" });
    expect(await problem("models", "?categroy=CODE")).toMatchObject({
      parameter: "categroy",
      message: expect.stringContaining("allowed: page, per_page, category"),
    });
    expect(await problem("models", "?page=1&page=2")).toMatchObject({ parameter: "page" });
    // NUL, which PostgreSQL refuses in text: a 400 naming the parameter, never a database error.
    expect(await problem("sources", "?publisher=Tech%00Crunch")).toMatchObject({
      parameter: "publisher",
      message: expect.stringContaining("control characters"),
    });
  });
});

describe("the API's entries", () => {
  it("gives an entry with exact money, dates as precise as known, and its sources", async () => {
    const round = (await resource("funding-rounds").get("series-a", { origin: ORIGIN })) as Record<
      string,
      unknown
    >;
    expect(round.amount).toEqual({ minor: "38500000000", currency: "EUR", decimal: "385000000.00" });
    expect(round.amountUsd).toEqual({ minor: "41500000000", currency: "USD", decimal: "415000000.00" });
    expect(round.date).toEqual({ date: "2023-12", precision: "MONTH" });
    expect(round.investors).toContainEqual({
      type: "organization",
      slug: "andreessen-horowitz",
      name: "Andreessen Horowitz",
      isLead: true,
    });
    expect(round.pageUrl).toBe(`${ORIGIN}/funding/series-a`);
    // The estimate beside the reported figure is cited on its own, with its own status.
    expect(round.citations).toContainEqual(
      expect.objectContaining({ claim: "当时约为 4.15 亿美元", status: "ESTIMATED" }),
    );
    expect(round.citations).toContainEqual({
      claim: "该公司完成了 3.85 亿欧元的 A 轮融资……据报道估值为 20 亿美元",
      status: "REPORTED",
      // The story gives no source's title or date: the API says so, rather than guess.
      source: expect.objectContaining({
        title: null,
        publisher: "TechCrunch",
        url: expect.stringMatching(/^https:/),
        publishedOn: null,
      }),
    });

    const large2 = (await resource("models").get("mistral-large-2", { origin: ORIGIN })) as Record<
      string,
      unknown
    >;
    // The story dates neither Mistral Large 2 nor its licence or weights.
    expect(large2).toMatchObject({
      date: null,
      license: "UNSPECIFIED",
      openWeights: null,
      replaces: { slug: "mistral-large", name: "Mistral Large" },
    });
    const pixtralLarge = (await resource("models").get("pixtral-large", { origin: ORIGIN })) as Record<
      string,
      unknown
    >;
    expect(pixtralLarge.date).toEqual({ date: "2024", precision: "YEAR" });
    const undated = (await resource("events").get("uk-cma-microsoft-deal-not-eligible", {
      origin: ORIGIN,
    })) as Record<string, unknown>;
    expect(undated).toMatchObject({ kind: "REGULATORY", date: null });
    expect(large2).not.toHaveProperty("id");
    expect(large2).not.toHaveProperty("status");
    const source = (await resource("sources").get("tc-mistral-large-2", { origin: ORIGIN })) as Record<
      string,
      unknown
    >;
    expect(source.citedBy).toContainEqual(
      expect.objectContaining({
        resource: "models",
        slug: "mistral-large-2",
        pageUrl: `${ORIGIN}/models/mistral-large-2`,
      }),
    );
    expect(await resource("models").get("no-such-model", { origin: ORIGIN })).toBeNull();
  });

  it("gives every entry of every resource its citations", async () => {
    const resources = api.API_RESOURCES.filter((r) => r.name !== "sources");
    const lists = await Promise.all(resources.map(({ name }) => list(name, "?per_page=100")));
    // The story gives entries of every kind it has today; a kind added since may have none yet.
    expect(lists.filter((body) => body.data.length > 0).length).toBeGreaterThanOrEqual(8);
    for (const [index, { name }] of resources.entries()) {
      const body = lists[index];
      if (body.data.length === 0) continue;
      expect(
        body.data.some((entry) => (entry.citations as unknown[]).length > 0),
        name,
      ).toBe(true);
    }
  });
});

/** Sets one entry's publication state, whatever its kind. */
async function setPublication(
  resourceName: string,
  slug: string,
  data: { status: "DRAFT" | "PUBLISHED"; publishedAt: Date | null },
) {
  const kind = KINDS.find((k) => k.apiResource === resourceName)!;
  const { count } = await entryTable(prisma, kind.model).updateMany({ where: { slug }, data });
  expect(count, `${resourceName} ${slug}`).toBe(1);
}

describe("what the API never shows", () => {
  it("keeps drafts and scheduled entries of every resource out, and shows them once published", async () => {
    let checked = 0;
    for (const { name } of api.API_RESOURCES) {
      const before = await list(name, "?per_page=100");
      // A kind the story has no entry of yet (one added since) has nothing to hide.
      if (!before.data.length) continue;
      checked += 1;
      const slug = String(before.data[0].slug);
      const visible = async () => ({
        listed: slugs(await list(name, "?per_page=100")).includes(slug),
        found: (await resource(name).get(slug, { origin: ORIGIN })) !== null,
      });

      await setPublication(name, slug, { status: "DRAFT", publishedAt: null });
      expect(await visible(), `${name} draft`).toEqual({ listed: false, found: false });
      await setPublication(name, slug, {
        status: "PUBLISHED",
        publishedAt: new Date(Date.now() + 86_400_000),
      });
      expect(await visible(), `${name} scheduled`).toEqual({ listed: false, found: false });
      await setPublication(name, slug, { status: "PUBLISHED", publishedAt: new Date(0) });
      expect(await visible(), `${name} published`).toEqual({ listed: true, found: true });
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });
});

describe("the CSV downloads", () => {
  async function download(file: string) {
    const found = downloads.findCsvDownload(file);
    if (!found) throw new Error(`No download ${file}`);
    const csv = await found.build(ORIGIN);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parse(csv, { bom: true }) as string[][];
    return {
      header,
      rows,
      row: (column: string, slug: string) => rows.find((r) => r[1] === slug)?.[header.indexOf(column)],
    };
  }

  it("has one row per published model, with Chinese headers and dates as precise as known", async () => {
    const models = await download("models.csv");
    expect(models.header.slice(0, 3)).toEqual(["名称", "网址标识", "系列"]);
    expect(models.rows).toHaveLength(seededModels.length);
    expect(models.row("发布日期", "mistral-medium-3")).toBe("2025年5月");
    expect(models.row("发布日期（ISO 8601）", "mistral-medium-3")).toBe("2025-05");
    expect(models.row("类别", "devstral")).toBe("代码");
    expect(models.row("开放权重", "devstral")).toBe("是");
    expect(models.row("开放权重", "mistral-large-2")).toBe("未说明");
    expect(models.row("发布日期", "mistral-large-2")).toBe("");
    expect(models.row("合作方", "mistral-nemo")).toBe("Nvidia");
  });

  it("has one row per published round, money exact and investors in one cell with the lead marked", async () => {
    const rounds = await download("funding-rounds.csv");
    expect(rounds.rows).toHaveLength(seededRounds.length);
    expect(rounds.row("金额", "equity-and-debt-2024")).toBe("600000000.00");
    expect(rounds.row("币种", "equity-and-debt-2024")).toBe("EUR");
    expect(rounds.row("美元金额（按报道）", "equity-and-debt-2024")).toBe("640000000.00");
    expect(rounds.row("日期", "equity-and-debt-2024")).toBe("2024年6月");
    expect(rounds.row("领投方", "equity-and-debt-2024")).toBe("General Catalyst");
    expect(rounds.row("投资方", "equity-and-debt-2024")).toBe(
      "General Catalyst（领投）、思科、IBM、Nvidia、三星 Venture Investment Corporation",
    );
  });

  it("has a file for every resource, one row per entry the API lists, each naming its page or address", async () => {
    expect(downloads.CSV_DOWNLOADS.map((d) => d.file).sort()).toEqual(
      api.API_RESOURCES.map((r) => `${r.name}.csv`).sort(),
    );
    for (const { name } of api.API_RESOURCES) {
      const { header, rows } = await download(`${name}.csv`);
      const listed = await list(name, "?per_page=100");
      expect(rows.map((row) => row[1]).sort(), name).toEqual(slugs(listed).sort());
      expect(header[1], name).toBe("网址标识");
      const link = header.includes("页面") ? "页面" : "网址";
      for (const row of rows) expect(row[header.indexOf(link)], `${name}: ${row[1]}`).toMatch(/^https?:\/\//);
    }
  });

  it("shows a person's role, an organization's founding date and what cites a source", async () => {
    const people = await download("people.csv");
    expect(people.row("职务", "arthur-mensch")).toContain("首席执行官");
    const organizations = await download("organizations.csv");
    expect(organizations.header).toEqual(expect.arrayContaining(["成立日期", "成立日期（ISO 8601）"]));
    const sources = await download("sources.csv");
    const citedBy = sources.rows.map((row) => row[sources.header.indexOf("引用它的条目")]);
    expect(citedBy.some((cell) => cell.split("\n").includes(`${ORIGIN}/models/mistral-large-2`))).toBe(true);
  });
});
