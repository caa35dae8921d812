// The feeds' query against a real database (SQLite, then PostgreSQL: tests/support/test-
// database.ts), migrated and seeded from the story, with more models added than a feed holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "@/tests/support/test-database";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { seedDatabase } from "@/prisma/seed";

const { databaseUrl, drop } = testDatabase("feeds");
// lib/platform/db reads DATABASE_URL when first imported: set it before importing the query.
process.env.DATABASE_URL = databaseUrl;

let prisma: PrismaClient;
const feeds = () => import("@/lib/feeds/list-feed-entries");

const ADDED = 60;
const day = (n: number) => new Date(Date.UTC(2030, 0, 1) + n * 86_400_000);

beforeAll(async () => {
  await applyMigrations({ databaseUrl });
  prisma = createPrismaClient(databaseUrl);
  await seedDatabase(prisma);
  const model = (slug: string, date: Date) => ({
    slug,
    name: slug,
    family: "Bulk",
    category: "GENERAL" as const,
    license: "APACHE_2_0" as const,
    date,
    datePrecision: "DAY" as const,
    summary: `${slug} 简介`,
  });
  await prisma.aiModel.createMany({
    data: [
      // Published here after the seed (a millisecond apart), in the order of their own dates.
      ...Array.from({ length: ADDED }, (_, i) => ({
        ...model(`bulk-${i}`, day(i)),
        status: "PUBLISHED" as const,
        publishedAt: new Date(Date.now() - (ADDED - i)),
      })),
      { ...model("bulk-draft", day(ADDED)), status: "DRAFT" as const },
      {
        ...model("bulk-scheduled", day(ADDED)),
        status: "PUBLISHED" as const,
        publishedAt: new Date(Date.now() + 86_400_000),
      },
    ],
  });
});

afterAll(async () => {
  await prisma.$disconnect();
  const { prisma: appClient } = await import("@/lib/platform/db");
  await appClient.$disconnect();
  await drop();
});

describe("listFeedEntries", () => {
  it("gives a kind's newest published entries only, newest first, at most FEED_SIZE", async () => {
    const { listFeedEntries, FEED_SIZE } = await feeds();
    const models = await listFeedEntries("models");
    expect(models).toHaveLength(FEED_SIZE);
    expect(models.every((entry) => entry.kind === "MODEL")).toBe(true);
    expect(models.map((entry) => entry.slug)).toEqual(
      Array.from({ length: FEED_SIZE }, (_, i) => `bulk-${ADDED - 1 - i}`),
    );
  });

  it("never shows drafts or entries scheduled for later", async () => {
    const { listFeedEntries } = await feeds();
    for (const scope of ["site", "models"] as const) {
      const slugs = (await listFeedEntries(scope)).map((entry) => entry.slug);
      expect(slugs).not.toContain("bulk-draft");
      expect(slugs).not.toContain("bulk-scheduled");
    }
  });

  it("gives each kind feed only its kind, with the sources of each entry", async () => {
    const { listFeedEntries } = await feeds();
    for (const [scope, kind] of [
      ["funding", "ROUND"],
      ["partnerships", "PARTNERSHIP"],
      ["events", "EVENT"],
    ] as const) {
      const entries = await listFeedEntries(scope);
      expect(entries.length, scope).toBeGreaterThan(0);
      expect(entries.every((entry) => entry.kind === kind)).toBe(true);
      expect(entries.some((entry) => entry.citations.length > 0)).toBe(true);
      const dates = entries.map((entry) => entry.date.iso);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it("merges the kinds into the site feed, latest published first", async () => {
    const { listFeedEntries, FEED_SIZE } = await feeds();
    const site = await listFeedEntries("site");
    expect(site).toHaveLength(FEED_SIZE);
    // The added models were published after the whole story, so they fill the site feed.
    expect(site[0].slug).toBe(`bulk-${ADDED - 1}`);
    const dates = site.map((entry) => entry.date.iso);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe("feedChangedAt", () => {
  const changedAt = async (scope: "site" | "models" | "events") => {
    const { listFeedEntries } = await feeds();
    const { feedChangedAt } = await import("@/lib/feeds/feed-changed-at");
    return (await feedChangedAt(scope, await listFeedEntries(scope))).getTime();
  };

  it("is the newest change of what the feed shows, the same on every render", async () => {
    const shown = await prisma.aiModel.findMany({ where: { slug: { startsWith: "bulk-" } } });
    const newest = Math.max(
      ...shown
        .filter((m) => m.status === "PUBLISHED" && m.publishedAt! <= new Date())
        .flatMap((m) => [m.updatedAt.getTime(), m.publishedAt!.getTime()]),
    );
    expect(await changedAt("models")).toBe(newest);
    expect(await changedAt("models")).toBe(newest);
  });

  it("moves on when an item is taken away, and only for the feeds that showed its kind", async () => {
    const modelsBefore = await changedAt("models");
    const eventsBefore = await changedAt("events");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const removed = await prisma.aiModel.delete({ where: { slug: `bulk-${ADDED - 1}` } });
    await prisma.revision.create({
      data: { kind: "models", entryId: removed.id, version: 2, action: "DELETE", snapshot: "{}" },
    });
    const deletedAt = (await prisma.revision.findFirstOrThrow({ where: { entryId: removed.id } })).createdAt;
    expect(await changedAt("models")).toBe(deletedAt.getTime());
    expect(await changedAt("models")).toBeGreaterThan(modelsBefore);
    expect(await changedAt("site")).toBe(deletedAt.getTime());
    expect(await changedAt("events")).toBe(eventsBefore);
  });
});
