// Export → import into the other kind of database → export again gives the same file: how a
// site moves from SQLite to PostgreSQL (and back), checked on real databases of both kinds.
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import type { TDialect } from "@/lib/platform/db/dialect";
import { applyMigrations, withScratchDatabase } from "@/tools/db/migrator";
import { scratchPostgresqlUrl } from "@/tools/db/postgresql";
import { exportDatabase, importDatabase, parseExport, serializeExport } from "@/tools/db/transfer/transfer";
import { seedDatabase } from "@/prisma/seed";

const scratchUrl = scratchPostgresqlUrl();

async function withClient<T>(databaseUrl: string, fn: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await fn(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** Imports `file` into a fresh database of `dialect` and exports it again. */
function roundTrip(dialect: TDialect, file: string): Promise<string> {
  return withScratchDatabase(dialect, scratchUrl, async (databaseUrl) => {
    await applyMigrations({ databaseUrl });
    return withClient(databaseUrl, async (prisma) => {
      await importDatabase(prisma, parseExport(file));
      return serializeExport(await exportDatabase(prisma));
    });
  });
}

let original: string;

beforeAll(async () => {
  // The story plus what only editors make: a user with a password hash, a revision, an audit row.
  original = await withScratchDatabase("sqlite", scratchUrl, async (databaseUrl) => {
    await applyMigrations({ databaseUrl });
    return withClient(databaseUrl, async (prisma) => {
      await seedDatabase(prisma);
      const user = await prisma.user.create({
        data: {
          email: "editor@example.com",
          name: "编辑",
          passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
        },
      });
      const model = await prisma.aiModel.findFirstOrThrow({ where: { replacesId: { not: null } } });
      await prisma.revision.create({
        data: {
          kind: "MODEL",
          entryId: model.id,
          version: 1,
          action: "UPDATE",
          snapshot: "{}",
          authorId: user.id,
        },
      });
      await prisma.auditLog.create({
        data: { action: "LOGIN_SUCCEEDED", actorId: user.id, email: user.email },
      });
      await prisma.correction.create({
        data: {
          kind: "models",
          entryId: model.id,
          entryTitle: model.name,
          message: "发布日期有误",
          sourceUrl: "https://example.com/report",
          senderHash: "keyed-hash",
          status: "RESOLVED",
          reviewedById: user.id,
          reviewedAt: new Date("2026-12-01T08:00:00Z"),
        },
      });
      return serializeExport(await exportDatabase(prisma));
    });
  });
}, 60_000);

describe("db:export and db:import", () => {
  it("carry everything, password hashes and revisions included, with exact money and dates", () => {
    const { tables } = parseExport(original);
    expect(tables.users[0]).toMatchObject({
      email: "editor@example.com",
      passwordHash: expect.stringMatching(/^\$argon2id/),
    });
    expect(tables.revisions).toHaveLength(1);
    expect(tables.auditLog).toHaveLength(1);
    expect(tables.corrections).toMatchObject([{ message: "发布日期有误", status: "RESOLVED" }]);
    expect(tables.models.some((m) => m.replacesId !== null)).toBe(true);
    expect(tables.fundingRounds[0].amountMinor).toEqual({ $bigint: expect.stringMatching(/^\d+$/) });
    // Rows are written by id: find a dated event, and an undated one kept as null.
    expect(tables.events.map((e) => e.date)).toContainEqual({ $date: expect.any(String) });
    expect(tables.events.map((e) => e.date)).toContainEqual(null);
  });

  it("SQLite → PostgreSQL → SQLite gives identical files", async () => {
    const throughPostgresql = await roundTrip("postgresql", original);
    expect(throughPostgresql).toBe(original);
    expect(await roundTrip("sqlite", throughPostgresql)).toBe(original);
  }, 120_000);

  it("refuses a database that already holds data, and leaves it as it was", async () => {
    await withScratchDatabase("sqlite", scratchUrl, async (databaseUrl) => {
      await applyMigrations({ databaseUrl });
      await withClient(databaseUrl, async (prisma) => {
        await seedDatabase(prisma);
        const before = serializeExport(await exportDatabase(prisma));
        await expect(importDatabase(prisma, parseExport(original))).rejects.toThrow(/not empty/);
        expect(serializeExport(await exportDatabase(prisma))).toBe(before);
      });
    });
  });

  it("refuses a file that is not an export", () => {
    expect(() => parseExport('{"tables":{}}')).toThrow(/Not a mistral-tracker-export/);
    expect(() =>
      parseExport('{"format":"mistral-tracker-export","version":1,"tables":{"secrets":[]}}'),
    ).toThrow(/Unknown tables/);
  });
});
