// Integration tests: the real WebAssembly schema engine against real SQLite files in a temp dir.
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, createMigration, migrationSlug, migrationStatus } from "@/tools/db/migrator";

const REPO_SCHEMA = resolve("prisma/schema.prisma");
const REPO_MIGRATIONS = resolve("prisma/migrations");

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "migrator-test-"));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function query<T>(dbPath: string, sql: string): T[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
  applied_steps_count: number;
}

const migrationRows = (dbPath: string) =>
  query<MigrationRow>(dbPath, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
const schemaDump = (dbPath: string) =>
  query<{ sql: string }>(dbPath, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
const tableNames = (dbPath: string) =>
  query<{ name: string }>(dbPath, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => r.name);
const columnNames = (dbPath: string, table: string) =>
  query<{ name: string }>(dbPath, `PRAGMA table_info("${table}")`).map((r) => r.name);
const localMigrations = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A private copy of the schema and migrations, free to be changed by a test. */
function copyProject() {
  const schemaPath = join(tmp, "schema.prisma");
  const migrationsDir = join(tmp, "migrations");
  cpSync(REPO_SCHEMA, schemaPath);
  cpSync(REPO_MIGRATIONS, migrationsDir, { recursive: true });
  return { schemaPath, migrationsDir };
}

describe("applyMigrations", () => {
  const options = () => ({
    databaseUrl: `file:${join(tmp, "nested", "app.db")}`,
    schemaPath: REPO_SCHEMA,
    migrationsDir: REPO_MIGRATIONS,
  });
  const dbPath = () => join(tmp, "nested", "app.db");

  it("migrates a fresh database and records every migration as finished", async () => {
    const local = localMigrations(REPO_MIGRATIONS);
    expect(local.length).toBeGreaterThan(0);

    const before = await migrationStatus(options());
    expect(before).toMatchObject({ databaseExists: false, upToDate: false, pending: local, applied: [] });
    expect(existsSync(dbPath())).toBe(false); // status must not create the database

    expect(await applyMigrations(options())).toEqual(local);

    const models = [...readFileSync(REPO_SCHEMA, "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    expect(models.length).toBeGreaterThan(0);
    expect(tableNames(dbPath())).toEqual(expect.arrayContaining([...models, "_prisma_migrations"]));

    const rows = migrationRows(dbPath());
    expect(rows.map((r) => r.migration_name)).toEqual(local);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      // The same checksum `prisma migrate deploy` computes, so it sees these as applied.
      expect(row.checksum).toBe(sha256(join(REPO_MIGRATIONS, row.migration_name, "migration.sql")));
    }

    const after = await migrationStatus(options());
    expect(after).toMatchObject({ databaseExists: true, upToDate: true, applied: local, pending: [] });
  });

  it("applies nothing and changes nothing when run again", async () => {
    await applyMigrations(options());
    const schemaBefore = schemaDump(dbPath());
    const rowsBefore = migrationRows(dbPath());

    expect(await applyMigrations(options())).toEqual([]);
    expect(schemaDump(dbPath())).toEqual(schemaBefore);
    expect(migrationRows(dbPath())).toEqual(rowsBefore);
  });

  it("fails on a broken migration, records it as failed, and does not record it as applied", async () => {
    const { schemaPath, migrationsDir } = copyProject();
    const broken = "29991231000000_broken";
    mkdirSync(join(migrationsDir, broken));
    writeFileSync(
      join(migrationsDir, broken, "migration.sql"),
      'ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n',
    );
    const opts = { databaseUrl: `file:${join(tmp, "broken.db")}`, schemaPath, migrationsDir };

    await expect(applyMigrations(opts)).rejects.toThrow(/NoSuchTable/);
    const row = migrationRows(join(tmp, "broken.db")).find((r) => r.migration_name === broken);
    expect(row?.finished_at).toBeNull();
    expect((await migrationStatus(opts)).failed).toEqual([broken]);
  });
});

describe("createMigration", () => {
  it("turns a schema change into a new migration that applies", async () => {
    const { schemaPath, migrationsDir } = copyProject();
    const devDb = join(tmp, "dev.db");
    const databaseUrl = `file:${devDb}`;
    const before = localMigrations(migrationsDir);

    const schema = readFileSync(schemaPath, "utf8")
      .replace(/^model Person \{\n/m, (m) => `${m}  nickname    String?\n`)
      .concat("\nmodel Tag {\n  id    String @id @default(cuid())\n  label String @unique\n}\n");
    writeFileSync(schemaPath, schema);

    const dir = await createMigration({
      databaseUrl,
      schemaPath,
      migrationsDir,
      name: "Add tags & nicknames",
    });
    expect(dir).not.toBeNull();
    const name = basename(dir!);
    expect(name).toMatch(/^\d{14}_add_tags_nicknames$/);
    expect(localMigrations(migrationsDir)).toEqual([...before, name]);

    const sql = readFileSync(join(dir!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Tag"');
    expect(sql).toContain('ALTER TABLE "Person" ADD COLUMN "nickname" TEXT');
    expect(readFileSync(join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');

    // Creating brought the database up to the previous history only; the new one is pending.
    expect(await migrationStatus({ databaseUrl, schemaPath, migrationsDir })).toMatchObject({
      applied: before,
      pending: [name],
    });
    expect(await applyMigrations({ databaseUrl, schemaPath, migrationsDir })).toEqual([name]);
    expect(tableNames(devDb)).toContain("Tag");
    expect(columnNames(devDb, "Person")).toContain("nickname");

    // A brand-new database gets the whole history, and the schema then has no further changes.
    const freshDb = join(tmp, "fresh.db");
    expect(await applyMigrations({ databaseUrl: `file:${freshDb}`, schemaPath, migrationsDir })).toEqual([
      ...before,
      name,
    ]);
    expect(columnNames(freshDb, "Person")).toContain("nickname");
    expect(await createMigration({ databaseUrl, schemaPath, migrationsDir, name: "again" })).toBeNull();
  });
});

describe("migrationSlug", () => {
  it("names migrations the way the Prisma CLI does", () => {
    expect(migrationSlug("init")).toBe("init");
    expect(migrationSlug(" Add user.email ")).toBe("add_user_email");
    expect(() => migrationSlug("--")).toThrow(/Invalid migration name/);
  });
});
