// The one schema against each dialect's committed migrations, and the story seeded on PostgreSQL.
// Real engines and databases: SQLite files in a temp dir, temporary databases on the PostgreSQL
// server at SCRATCH_POSTGRESQL_URL (default: local). PostgreSQL being unreachable is a failure.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/platform/db/client";
import { DIALECTS, type TDialect } from "@/lib/platform/db/dialect";
import { MIGRATIONS_DIR } from "@/lib/platform/db/migrations-on-disk";
import { applyMigrations, createMigration, migrationStatus, withScratchDatabase } from "@/tools/db/migrator";
import { scratchPostgresqlUrl } from "@/tools/db/postgresql";
import { SCHEMA_PATH } from "@/tools/db/schema";
import { countRows, seedDatabase, type RowCounts } from "@/prisma/seed";

const scratchUrl = scratchPostgresqlUrl();

beforeAll(async () => {
  const client = new pg.Client({ connectionString: scratchUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${scratchUrl} (${String(error)}): start it, or set ` +
        "SCRATCH_POSTGRESQL_URL to a server where these tests may create and drop databases.",
    );
  } finally {
    await client.end().catch(() => {});
  }
});

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "schema-drift-test-"));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A private copy of the schema and a dialect's migrations, free to be changed by a test. */
function copyProject(dialect: TDialect) {
  const schemaPath = join(tmp, "schema.prisma");
  const migrationsDir = join(tmp, "migrations");
  cpSync(resolve(SCHEMA_PATH), schemaPath);
  cpSync(resolve(MIGRATIONS_DIR[dialect]), migrationsDir, { recursive: true });
  return { schemaPath, migrationsDir };
}

/** The migration SQL a schema needs beyond a migrations directory, or null when none. */
async function pendingSchemaChange(dialect: TDialect, schemaPath: string, migrationsDir: string) {
  const dir = await withScratchDatabase(dialect, scratchUrl, (databaseUrl) =>
    createMigration({ databaseUrl, schemaPath, migrationsDir, name: "drift" }),
  );
  return dir === null ? null : readFileSync(join(dir, "migration.sql"), "utf8");
}

describe.each(DIALECTS)("the %s migrations", (dialect) => {
  it("match prisma/schema.prisma (otherwise: npm run db:migrate:create -- --name <change>)", async () => {
    const { schemaPath, migrationsDir } = copyProject(dialect);
    expect(await pendingSchemaChange(dialect, schemaPath, migrationsDir)).toBeNull();
  });

  it("would lag behind a schema change, which becomes a migration of its own", async () => {
    const { schemaPath, migrationsDir } = copyProject(dialect);
    const schema = readFileSync(schemaPath, "utf8");
    writeFileSync(
      schemaPath,
      schema.replace(/^model Person \{\n/m, (m) => `${m}  nickname    String?\n`),
    );
    expect(await pendingSchemaChange(dialect, schemaPath, migrationsDir)).toMatch(
      /ALTER TABLE "Person" ADD COLUMN\s+"nickname" TEXT/,
    );
  });

  it(`have a lockfile for ${dialect}`, () => {
    const lockfile = readFileSync(join(MIGRATIONS_DIR[dialect], "migration_lock.toml"), "utf8");
    expect(lockfile).toMatch(new RegExp(`^provider = "${dialect}"$`, "m"));
  });
});

describe("the story on PostgreSQL", () => {
  async function seededCounts(databaseUrl: string): Promise<RowCounts> {
    await applyMigrations({ databaseUrl });
    const prisma = createPrismaClient(databaseUrl);
    try {
      await seedDatabase(prisma);
      return await countRows(prisma);
    } finally {
      await prisma.$disconnect();
    }
  }

  let sqliteCounts: RowCounts;
  beforeAll(async () => {
    sqliteCounts = await withScratchDatabase("sqlite", scratchUrl, seededCounts);
  });

  it("migrates a new database, seeds the same rows as SQLite, and is then up to date", async () => {
    await withScratchDatabase("postgresql", scratchUrl, async (databaseUrl) => {
      expect(await migrationStatus({ databaseUrl })).toMatchObject({ databaseExists: true, applied: [] });
      const counts = await seededCounts(databaseUrl);
      expect(counts).toEqual(sqliteCounts);
      expect(Object.values(counts).every((n) => n > 0)).toBe(true);
      expect(await migrationStatus({ databaseUrl })).toMatchObject({ upToDate: true, pending: [] });
    });
  });
});
