// Search over a real database (SQLite and PostgreSQL): migrated from empty, seeded from the story,
// plus a few events made here to pin down literal `%`, `_` and `\`, drafts, scheduled entries and
// large groups.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "@/tests/support/test-database";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/tools/db/migrator";
import type { SearchGroup } from "@/lib/search/define-kind-search";
import { seedDatabase } from "@/prisma/seed";

const { databaseUrl, drop } = testDatabase("search");
// lib/platform/db reads DATABASE_URL when first imported: set it before importing the search.
process.env.DATABASE_URL = databaseUrl;

let prisma: PrismaClient;
const search = async (query: string) => (await import("@/lib/search/search-entries")).searchEntries(query);

const group = (groups: SearchGroup[], kind: SearchGroup["kind"]) => groups.find((g) => g.kind === kind);
const titles = (groups: SearchGroup[], kind: SearchGroup["kind"]) =>
  group(groups, kind)?.hits.map((hit) => hit.title) ?? [];

const eventData = (
  title: string,
  overrides: { status?: "DRAFT"; publishedAt?: Date } = {},
): Prisma.EventCreateManyInput => ({
  slug: `search-test-${Math.random().toString(36).slice(2)}`,
  title,
  kind: "OTHER",
  date: new Date("2025-03-01T00:00:00Z"),
  datePrecision: "DAY",
  status: overrides.status ?? "PUBLISHED",
  publishedAt: overrides.publishedAt ?? new Date(0),
});

async function addEvent(...args: Parameters<typeof eventData>) {
  await prisma.event.create({ data: eventData(...args) });
}

async function addEvents(titles: string[]) {
  await prisma.event.createMany({ data: titles.map((title) => eventData(title)) });
}

beforeAll(async () => {
  await applyMigrations({ databaseUrl });
  prisma = createPrismaClient(databaseUrl);
  await seedDatabase(prisma);
  await addEvents([
    "毛利率 40% 的季度",
    "营收增长 400 倍",
    "代号 a_b 的项目",
    "代号 axb 的项目",
    "路径 C:\\mistral 的说明",
    "🚀 火箭表情测试",
  ]);
});

afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: appClient } = await import("@/lib/platform/db");
  await appClient.$disconnect();
  await drop();
});

describe("search over the seeded story", () => {
  it("finds every funding round for 融资 and lists them first; other kinds show the word", async () => {
    const { groups } = await search("融资");
    expect(groups[0].kind).toBe("ROUND");
    expect(titles(groups, "ROUND").sort()).toEqual(
      ["A 轮融资", "股权和债务融资", "种子轮融资", "微软可转换投资"].sort(),
    );
    expect(group(groups, "ROUND")?.hits.map((hit) => hit.href)).toContain("/funding/seed-2023");
    // 融资 is in other kinds' text too: events, organizations, the explainer.
    expect(groups.map((g) => g.kind)).toEqual(expect.arrayContaining(["EVENT", "ORGANIZATION", "EXPLAINER"]));
    expect(group(groups, "EVENT")?.hits.every((hit) => `${hit.title}${hit.snippet}`.includes("融资"))).toBe(
      true,
    );
  });

  it("matches Latin letters in any case", async () => {
    for (const query of ["mistral large", "MISTRAL LARGE", "Mistral Large"]) {
      const { groups } = await search(query);
      expect(titles(groups, "MODEL")).toEqual(expect.arrayContaining(["Mistral Large", "Mistral Large 2"]));
    }
  });

  it("requires every term: more terms never find more", async () => {
    const mistral = (await search("Mistral")).groups;
    const both = (await search("Mistral Medium")).groups;
    expect(titles(mistral, "MODEL")).toEqual(expect.arrayContaining(["Mistral Medium 3", "Mistral Saba"]));
    expect(titles(both, "MODEL")).toContain("Mistral Medium 3");
    expect(titles(both, "MODEL")).not.toContain("Mistral Saba");
    expect((await search("Mistral 不存在的词")).groups).toEqual([]);
  });

  it("names a source whose title is not known by its publisher, its address beside it", async () => {
    const [hit] = group((await search("ft.com")).groups, "SOURCE")?.hits ?? [];
    expect(hit).toMatchObject({ slug: "ft-seed-round", title: "ft.com", lang: null });
    expect(hit.snippet).toContain("ft.com/content/cf939ea4");
  });

  it("lists every entry of a kind whose name is the query, e.g. 模型", async () => {
    const { groups } = await search("模型");
    const models = await prisma.aiModel.count();
    expect(groups[0]).toMatchObject({ kind: "MODEL", total: models });
  });

  it("finds the explainer's text and links to its section on the home page", async () => {
    const { groups } = await search("出圈");
    expect(group(groups, "EXPLAINER")?.hits).toEqual([
      expect.objectContaining({ slug: "intro", href: "/#intro" }),
    ]);
    const snippet = group(groups, "EXPLAINER")!.hits[0].snippet!;
    expect(snippet).toContain("出圈");
    expect(snippet.length).toBeLessThanOrEqual(122);
  });

  it("shows Markdown as plain text in snippets", async () => {
    // The explainer's funding section links its figures: [破纪录的 1.12 亿美元种子轮融资](https://…)
    const { groups } = await search("破纪录");
    const snippets = groups.flatMap((g) => g.hits.map((hit) => hit.snippet ?? ""));
    expect(snippets.some((s) => s.includes("破纪录"))).toBe(true);
    expect(snippets.join("")).not.toMatch(/\]\(|https?:|\*\*|&amp;/);
  });

  it("searches %, _ and \\ literally", async () => {
    expect(titles((await search("40%")).groups, "EVENT")).toEqual(["毛利率 40% 的季度"]);
    expect(titles((await search("%")).groups, "EVENT")).toEqual(["毛利率 40% 的季度"]);
    expect((await search("%")).total).toBe(1);
    expect(titles((await search("a_b")).groups, "EVENT")).toEqual(["代号 a_b 的项目"]);
    expect(titles((await search("_")).groups, "EVENT")).toEqual(["代号 a_b 的项目"]);
    expect(titles((await search("C:\\mistral")).groups, "EVENT")).toEqual(["路径 C:\\mistral 的说明"]);
    expect((await search("%%")).groups).toEqual([]);
  });

  it("takes quotes, SQL and emoji as plain text", async () => {
    const events = await prisma.event.count();
    // The story quotes him with straight quotes, then curly ones: Mistral "不待售，" “当然，……”
    expect(titles((await search('"不待售"')).groups, "EVENT")).toEqual([
      'Mensch 在达沃斯表示 Mistral "不待售"，“当然，[首次公开募股]是计划”',
    ]);
    expect(titles((await search("“当然")).groups, "EVENT")).toEqual([
      'Mensch 在达沃斯表示 Mistral "不待售"，“当然，[首次公开募股]是计划”',
    ]);
    // A quotation mark is a character like any: the curly ones the story does not use find nothing.
    expect((await search("“不待售")).groups).toEqual([]);
    for (const query of ["' OR 1=1 --", '"; DROP TABLE "Event"; --', "%' OR '1'='1", "🤖"]) {
      expect((await search(query)).groups).toEqual([]);
    }
    expect(await prisma.event.count()).toBe(events);
    expect(titles((await search("🚀")).groups, "EVENT")).toEqual(["🚀 火箭表情测试"]);
  });

  it("never finds drafts or entries scheduled for later", async () => {
    await addEvent("草稿独有词甲", { status: "DRAFT" });
    await addEvent("定时独有词乙", { publishedAt: new Date(Date.now() + 86_400_000) });
    await addEvent("已发布独有词丙");
    expect((await search("独有词甲")).groups).toEqual([]);
    expect((await search("独有词乙")).groups).toEqual([]);
    expect((await search("独有词")).total).toBe(1);
    await prisma.aiModel.update({ where: { slug: "devstral" }, data: { status: "DRAFT" } });
    expect(titles((await search("Devstral")).groups, "MODEL")).toEqual([]);
    await prisma.aiModel.update({ where: { slug: "devstral" }, data: { status: "PUBLISHED" } });
    expect(titles((await search("Devstral")).groups, "MODEL")).toEqual(["Devstral"]);
  });

  it("shows the first of a large group and counts them all", async () => {
    const { SHOWN_PER_KIND } = await import("@/lib/search/define-kind-search");
    await addEvents(Array.from({ length: 25 }, (_, i) => `批量条目 ${i}`));
    const { groups, total } = await search("批量条目");
    expect(group(groups, "EVENT")).toMatchObject({ total: 25 });
    expect(group(groups, "EVENT")?.hits).toHaveLength(SHOWN_PER_KIND);
    expect(total).toBe(25);

    await addEvents(Array.from({ length: 126 }, (_, i) => `批量条目 ${25 + i}`));
    expect(group((await search("批量条目")).groups, "EVENT")).toMatchObject({ total: 151 });
    // A literal `%` is counted by re-checking every candidate, to the same exact figure.
    await addEvents(["批量条目 100% 完成"]);
    expect(group((await search("批量条目 %")).groups, "EVENT")).toMatchObject({ total: 1 });
  });

  it("asks for something to search when the query is empty, and cuts a long one at 100 characters", async () => {
    for (const query of ["", "   ", "\u3000\t\n"]) {
      expect(await search(query)).toMatchObject({ total: 0, groups: [], query: { terms: [] } });
    }
    const long = await search("融".repeat(1000));
    expect(long.query).toMatchObject({ truncated: true, text: "融".repeat(100) });
    expect(long.groups).toEqual([]);
    // Full-width letters and spaces, as Chinese input methods type them, fold to the usual ones.
    expect(titles((await search("Ｍｅｄｉｕｍ\u3000３")).groups, "MODEL")).toEqual(["Mistral Medium 3"]);
  });
});
