// The public query functions against a real database (SQLite, then PostgreSQL: tests/support/test-
// database.ts): migrated from empty, seeded from the story, then read the way the pages read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "@/tests/support/test-database";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { LIST_PAGE_SIZE } from "@/lib/content/paginate";
import { seedDatabase } from "@/prisma/seed";

const { databaseUrl, drop } = testDatabase("queries");
// lib/platform/db reads DATABASE_URL when first imported: set it before importing any query.
process.env.DATABASE_URL = databaseUrl;

let prisma: PrismaClient;
const queries = async () => ({
  ...(await import("@/lib/kinds/models/list-models")),
  ...(await import("@/lib/kinds/models/get-model")),
  ...(await import("@/lib/kinds/funding/list-rounds")),
  ...(await import("@/lib/kinds/funding/get-round")),
  ...(await import("@/lib/timeline/list-timeline")),
  ...(await import("@/lib/kinds/sources/list-sources")),
  ...(await import("@/lib/kinds/partnerships/list-partnerships")),
  ...(await import("@/lib/content/list-anchor")),
  ...(await import("@/lib/kinds/organizations/get-organization")),
  ...(await import("@/lib/home/get-snapshot")),
  ...(await import("@/lib/feeds/list-feed-entries")),
  ...(await import("@/lib/seo/list-sitemap-entries")),
});

beforeAll(async () => {
  await applyMigrations({ databaseUrl });
  prisma = createPrismaClient(databaseUrl);
  await seedDatabase(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: appClient } = await import("@/lib/platform/db");
  await appClient.$disconnect();
  await drop();
});

describe("public queries on the seeded story", () => {
  it("filters the model catalogue by category, licence and open weights", async () => {
    const { listModels } = await queries();
    const all = await listModels({ page: 1 });
    expect(all.total).toBeGreaterThanOrEqual(9);
    expect(all.items).toHaveLength(all.total);
    const code = await listModels({ category: "CODE", page: 1 });
    expect(code.items.map((m) => m.name).sort()).toEqual(["Codestral", "Devstral"]);
    const open = await listModels({ openWeights: "yes", page: 1 });
    expect(open.total).toBeGreaterThan(0);
    expect(open.items.every((m) => m.openWeights)).toBe(true);
    // The story says of no model that its weights are closed; of most it says nothing.
    expect((await listModels({ openWeights: "no", page: 1 })).total).toBe(0);
    const unstated = await listModels({ openWeights: "unknown", page: 1 });
    expect(unstated.items.map((m) => m.slug)).toContain("mistral-large-2");
    expect(unstated.items.every((m) => m.openWeights === null)).toBe(true);
    expect(open.total + unstated.total).toBe(all.total);
    const apache = await listModels({ license: "APACHE_2_0", page: 1 });
    expect(apache.items.map((m) => m.slug)).toContain("devstral");
  });

  it("shows a model with what it replaced and its sources, and hides drafts and scheduled entries", async () => {
    const { getModel, listModels } = await queries();
    const large2 = await getModel("mistral-large-2");
    expect(large2?.replaces?.name).toBe("Mistral Large");
    expect(large2?.citations.map((c) => c.source.url)).toContain(
      "https://techcrunch.com/2024/07/24/mistral-releases-large-2-meta-openai-ai-models/",
    );

    await prisma.aiModel.update({ where: { slug: "devstral" }, data: { status: "DRAFT" } });
    expect(await getModel("devstral")).toBeNull();
    expect((await listModels({ page: 1 })).items.map((m) => m.slug)).not.toContain("devstral");

    const tomorrow = new Date(Date.now() + 86_400_000);
    await prisma.aiModel.update({
      where: { slug: "devstral" },
      data: { status: "PUBLISHED", publishedAt: tomorrow },
    });
    expect(await getModel("devstral")).toBeNull();

    await prisma.aiModel.update({ where: { slug: "devstral" }, data: { publishedAt: new Date(0) } });
    expect((await getModel("devstral"))?.name).toBe("Devstral");
    // A slug no entry can have is not looked up: PostgreSQL would refuse the NUL.
    expect(await getModel("devstral\u0000")).toBeNull();
  });

  it("lists rounds oldest first with exact amounts and lead investors", async () => {
    const { listRounds, getRound } = await queries();
    const rounds = await listRounds();
    // The story names no stage for Microsoft's investment ("被视为 A 轮融资的延伸") nor June 2024's round.
    expect(rounds.map((r) => r.stage)).toEqual(["SEED", "SERIES_A", null, null]);
    const seed = rounds[0];
    expect(seed.amount).toEqual({
      value: { minor: "11200000000", currency: "USD" },
      qualifier: null,
      basis: null,
    });
    expect(seed.investors.filter((i) => i.isLead).map((i) => i.name)).toEqual([
      "Lightspeed Venture Partners",
    ]);
    const seriesA = await getRound(rounds[1].slug);
    expect(seriesA?.amount?.value).toEqual({ minor: "38500000000", currency: "EUR" });
    // "据报道估值为 20 亿美元": reported, as the story hedges it.
    expect(seriesA?.valuation).toMatchObject({ value: { minor: "200000000000" }, qualifier: "REPORTED" });
    expect(seriesA?.investors[0]).toMatchObject({ name: "Andreessen Horowitz", isLead: true });
  });

  it("pages the timeline newest first and filters it by kind and year", async () => {
    const { listTimeline } = await queries();
    const first = await listTimeline({});
    expect(first.total).toBeGreaterThan(10);
    const dates = first.items.map((i) => i.date.iso);
    expect([...dates].sort().reverse()).toEqual(dates);
    // Only what the story dates: an event it gives no date is on its own page, not here.
    const slugs = first.items.map((i) => i.slug);
    expect(slugs).toContain("davos-not-for-sale");
    expect(slugs).not.toContain("uk-cma-microsoft-deal-not-eligible");
    const past = await listTimeline({ page: String(first.pageCount + 1) });
    expect(past.page).toBe(first.pageCount);

    const rounds2023 = await listTimeline({ kind: "ROUND", year: "2023" });
    expect(rounds2023.items.map((i) => i.kind)).toEqual(["ROUND", "ROUND"]);
    expect(rounds2023.filters).toEqual({ kind: "ROUND", year: 2023 });

    const junk = await listTimeline({ kind: "bogus", year: "abc", page: "-3" });
    expect(junk.total).toBe(first.total);
    expect(junk.page).toBe(1);
  });

  it("lists every source with the entries that cite it", async () => {
    const { listSources } = await queries();
    const first = await listSources(1);
    expect(first.total).toBe(39);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(LIST_PAGE_SIZE);
    const sources = [...first.items, ...(await listSources(2)).items];
    expect(new Set(sources.map((s) => s.slug)).size).toBe(39);
    expect(sources.every((s) => s.citedBy.length > 0 && s.citedByCount >= s.citedBy.length)).toBe(true);
    const cma = sources.find((s) => s.url.includes("microsoft-dodges-uk-antitrust-scrutiny"));
    expect(cma?.citedBy.some((e) => e.kind === "EVENT")).toBe(true);
  });

  it("finds the page of the bibliography that shows a source", async () => {
    const { listSources, anchoredEntryUrl, SOURCES_LIST } = await queries();
    const [first, second] = [(await listSources(1)).items, (await listSources(2)).items];
    expect(await anchoredEntryUrl(SOURCES_LIST, first[0].slug)).toBe(`/sources#${first[0].slug}`);
    expect(await anchoredEntryUrl(SOURCES_LIST, second[0].slug)).toBe(`/sources?page=2#${second[0].slug}`);
    expect(await anchoredEntryUrl(SOURCES_LIST, second.at(-1)!.slug)).toBe(
      `/sources?page=2#${second.at(-1)!.slug}`,
    );
    expect(await anchoredEntryUrl(SOURCES_LIST, "no-such-source")).toBeNull();
  });

  it("shows an investor's rounds and a partner's deals on its organization page", async () => {
    const { getOrganization } = await queries();
    const lightspeed = await getOrganization("lightspeed-venture-partners");
    expect(lightspeed?.rounds.map((r) => [r.stage, r.ledByThis])).toEqual([
      ["SEED", true],
      ["SERIES_A", false],
    ]);
    const microsoft = await getOrganization("microsoft");
    expect(microsoft?.partnerships.length).toBeGreaterThan(0);
  });

  it("gives the home snapshot and the feed's newest entries with their sources", async () => {
    const { getSnapshot, listFeedEntries, FEED_SIZE } = await queries();
    const snapshot = await getSnapshot();
    // The story does not say where Mistral AI is based.
    expect(snapshot?.headquarters).toBeNull();
    expect(snapshot?.founded).toMatchObject({ precision: "YEAR" });
    const feed = await listFeedEntries("site");
    expect(feed.length).toBeGreaterThanOrEqual(10);
    expect(feed.length).toBeLessThanOrEqual(FEED_SIZE);
    expect(feed.every((e) => e.kind !== "EVENT" || e.date !== null)).toBe(true);
    // Each carries its sources; the story links none for these two.
    expect(
      feed
        .filter((e) => e.citations.length === 0)
        .map((e) => e.slug)
        .sort(),
    ).toEqual(["le-chat-pro-plan", "total-raised"]);
  });

  it("reads only the page shown of a list thousands of entries long", async () => {
    const { listPartnerships } = await queries();
    const microsoft = await prisma.organization.findUniqueOrThrow({ where: { slug: "microsoft" } });
    const story = await listPartnerships(1);
    const slugs = Array.from({ length: 1500 }, (_, i) => `bulk-deal-${String(i).padStart(4, "0")}`);
    const inBatches = async (write: (batch: string[]) => Promise<unknown>) => {
      for (let i = 0; i < slugs.length; i += 500) await write(slugs.slice(i, i + 500));
    };
    await inBatches((batch) =>
      prisma.partnership.createMany({
        data: batch.map((slug) => ({
          id: slug,
          slug,
          title: slug,
          category: "TECHNOLOGY" as const,
          date: new Date(Date.UTC(2001, 0, 1)),
          datePrecision: "DAY" as const,
          status: "PUBLISHED" as const,
          publishedAt: new Date(0),
        })),
      }),
    );
    await inBatches((batch) =>
      prisma.partnershipPartner.createMany({
        data: batch.map((slug) => ({ partnershipId: slug, organizationId: microsoft.id })),
      }),
    );
    try {
      const first = await listPartnerships(1);
      expect(first.total).toBe(story.total + slugs.length);
      expect(first.items).toHaveLength(LIST_PAGE_SIZE);
      const pages = [first];
      for (let page = 2; page <= first.pageCount; page++) pages.push(await listPartnerships(page));
      const listed = pages.flatMap((page) => page.items.map((deal) => deal.slug));
      expect(listed).toHaveLength(first.total);
      expect(new Set(listed).size).toBe(first.total);
      expect(listed).toEqual(expect.arrayContaining(story.items.map((deal) => deal.slug)));
      expect(pages.flatMap((page) => page.items).find((deal) => deal.slug === slugs[0])?.partners).toEqual([
        expect.objectContaining({ slug: "microsoft" }),
      ]);
      expect((await listPartnerships(1_000)).page).toBe(first.pageCount);
    } finally {
      await prisma.partnership.deleteMany({ where: { slug: { startsWith: "bulk-deal-" } } });
    }
  });

  it("dates each main page in the sitemap by the newest published change it shows", async () => {
    const { listSitemapEntries } = await queries();
    const lastModified = async (path: string) =>
      (await listSitemapEntries()).find((entry) => entry.path === path)?.lastModified;
    const person = await prisma.person.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const later = new Date(Date.parse((await lastModified("/people")) ?? "") + 60_000);
    await prisma.person.update({ where: { id: person.id }, data: { updatedAt: later } });
    expect(await lastModified("/people")).toBe(later.toISOString());
    expect(await lastModified("/funding")).not.toBe(later.toISOString());
    // A draft changed even later dates nothing.
    await prisma.person.update({
      where: { id: person.id },
      data: { status: "DRAFT", updatedAt: new Date(later.getTime() + 60_000) },
    });
    expect(await lastModified("/people")).not.toBe(new Date(later.getTime() + 60_000).toISOString());
    await prisma.person.update({
      where: { id: person.id },
      data: { status: "PUBLISHED", updatedAt: person.updatedAt },
    });
  });

  it("dates an organization's page by the newest published round or partnership naming it, too", async () => {
    const { listSitemapEntries } = await queries();
    const lastModified = async (path: string) =>
      (await listSitemapEntries()).find((entry) => entry.path === path)?.lastModified;
    const round = await prisma.fundingRound.findUniqueOrThrow({
      where: { slug: "seed-2023" },
      include: { investors: { include: { organization: true } } },
    });
    const investor = round.investors.find((i) => i.organization)!.organization!;
    const other = await prisma.organization.findUniqueOrThrow({ where: { slug: "helsing" } });
    const before = await lastModified(`/organizations/${other.slug}`);
    const later = new Date(Date.now() + 3_600_000);
    await prisma.fundingRound.update({ where: { id: round.id }, data: { updatedAt: later } });
    try {
      expect(await lastModified(`/organizations/${investor.slug}`)).toBe(later.toISOString());
      // An organization the round does not name keeps its date.
      expect(await lastModified(`/organizations/${other.slug}`)).toBe(before);
      // A draft naming it dates nothing.
      await prisma.fundingRound.update({ where: { id: round.id }, data: { status: "DRAFT" } });
      expect(await lastModified(`/organizations/${investor.slug}`)).not.toBe(later.toISOString());
    } finally {
      await prisma.fundingRound.update({
        where: { id: round.id },
        data: { status: round.status, updatedAt: round.updatedAt },
      });
    }
  });
});
