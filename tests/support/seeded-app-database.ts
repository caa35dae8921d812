// A database of its own for one integration test file, migrated and seeded from the story, that
// the app's own modules use, with an editor to author changes. Call at the top of the file,
// before any app module is imported: lib/platform/db reads DATABASE_URL when first imported.
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { seedDatabase } from "@/prisma/seed";
import { testDatabase } from "@/tests/support/test-database";
import { applyMigrations } from "@/tools/db/migrator";

export interface SeededAppDatabase {
  /** A client of the test's own, beside the app's. */
  prisma: PrismaClient;
  /** The editor who authors the test's changes. */
  editorId: string;
}

export function seededAppDatabase(name: string): SeededAppDatabase {
  const { databaseUrl, drop } = testDatabase(name);
  process.env.DATABASE_URL = databaseUrl;
  const db = {} as SeededAppDatabase;
  beforeAll(async () => {
    await applyMigrations({ databaseUrl });
    db.prisma = createPrismaClient(databaseUrl);
    await seedDatabase(db.prisma);
    const editor = await db.prisma.user.create({
      data: { email: "ed@example.com", name: "王编辑", passwordHash: "x" },
    });
    db.editorId = editor.id;
  });
  afterAll(async () => {
    await db.prisma.$disconnect();
    const { prisma: appClient } = await import("@/lib/platform/db");
    await appClient.$disconnect();
    await drop();
  });
  return db;
}
