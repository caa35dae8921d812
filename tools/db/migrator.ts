// Prisma Migrate without the native schema engine: the WebAssembly engine applies and creates
// migrations in Prisma's standard layout and `_prisma_migrations` table, so a real
// `prisma migrate deploy` agrees with what ran here.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { sqlitePath } from "@/lib/platform/db/client";
import { dialectOf, type TDialect } from "@/lib/platform/db/dialect";
import { MIGRATION_FILE, MIGRATIONS_DIR, migrationDirectories } from "@/lib/platform/db/migrations-on-disk";
import {
  createPostgresqlDatabase,
  createTemporaryPostgresqlDatabase,
  dropPostgresqlDatabase,
  postgresqlDatabaseExists,
} from "@/tools/db/postgresql";
import { SCHEMA_PATH, schemaForDialect } from "@/tools/db/schema";
import { withSchemaEngine, type SchemaEngine, type SchemaFile } from "@/tools/db/schema-engine";

export interface MigratorOptions {
  /** An SQLite `file:` URL or a PostgreSQL `postgresql://` URL: it chooses the dialect. */
  databaseUrl: string;
  /** Default: the dialect's directory (lib/platform/db/migrations-on-disk.ts) under the working directory. */
  migrationsDir?: string;
  /** The schema as written, for SQLite; PostgreSQL's is derived from it. Default: prisma/schema.prisma. */
  schemaPath?: string;
}

export interface MigrationStatus {
  /** Migration directories on disk, oldest first. */
  local: string[];
  /** On disk and applied to the database. */
  applied: string[];
  /** On disk, not yet applied. */
  pending: string[];
  /** Started but never finished (the database needs attention before deploying). */
  failed: string[];
  /** Applied, but their migration.sql has changed since. */
  edited: string[];
  /** Applied to the database but absent from disk. */
  missingLocally: string[];
  databaseExists: boolean;
  /** The database exists and matches the directory: nothing to deploy, nothing wrong. */
  upToDate: boolean;
}

const LOCKFILE = "migration_lock.toml";
// Matches the CLI's limit on the user-given part of a migration name.
const MAX_NAME_LENGTH = 200;
// No tables or enums are managed outside Prisma (prisma.config.ts declares none).
const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

function resolveOptions(options: MigratorOptions) {
  const dialect = dialectOf(options.databaseUrl);
  const schemaPath = resolve(options.schemaPath ?? SCHEMA_PATH);
  return {
    databaseUrl: options.databaseUrl,
    dialect,
    migrationsDir: resolve(options.migrationsDir ?? MIGRATIONS_DIR[dialect]),
    schemaFiles: [
      { path: schemaPath, content: schemaForDialect(readFileSync(schemaPath, "utf8"), dialect) },
    ] satisfies SchemaFile[],
  };
}

/** Whether the database exists, without creating it (connecting to an SQLite file would). */
function databaseExists(databaseUrl: string, dialect: TDialect): Promise<boolean> {
  return dialect === "postgresql"
    ? postgresqlDatabaseExists(databaseUrl)
    : Promise.resolve(existsSync(sqlitePath(databaseUrl)));
}

/** The migrations directory as the engine expects it, read the way the Prisma CLI reads it. */
function readMigrationsList(migrationsDir: string): MigrationList {
  const lockfilePath = join(migrationsDir, LOCKFILE);
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: LOCKFILE,
      content: existsSync(lockfilePath) ? readFileSync(lockfilePath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: migrationDirectories(migrationsDir).map((name) => {
      const file = join(migrationsDir, name, MIGRATION_FILE);
      return {
        path: name,
        migrationFile: {
          path: MIGRATION_FILE,
          // A directory without its script is reported by the engine, as the CLI would.
          content: existsSync(file)
            ? { tag: "ok", value: readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} does not exist` },
        },
      };
    }),
  };
}

/** `Add user.email` → `add_user_email`, as the Prisma CLI names migration directories. */
export function migrationSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_NAME_LENGTH);
  if (!slug) throw new Error(`Invalid migration name ${JSON.stringify(name)}: use letters or digits.`);
  return slug;
}

async function applyWith(engine: SchemaEngine, migrationsList: MigrationList): Promise<string[]> {
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
  return appliedMigrationNames;
}

/**
 * Applies every pending migration (creating the database, its file or PostgreSQL database, and
 * `_prisma_migrations` when missing), like `prisma migrate deploy`. Returns the names just
 * applied, oldest first.
 */
export async function applyMigrations(options: MigratorOptions): Promise<string[]> {
  const { databaseUrl, dialect, migrationsDir, schemaFiles } = resolveOptions(options);
  const migrationsList = readMigrationsList(migrationsDir);
  if (dialect === "postgresql") await createPostgresqlDatabase(databaseUrl);
  return withSchemaEngine({ databaseUrl, schemaFiles }, (engine) => applyWith(engine, migrationsList));
}

/**
 * Writes a new migration from the difference between the migration history and the schema,
 * like `prisma migrate dev --create-only`: pending migrations are applied to the database first
 * (the engine requires it), the new one is not. Returns the new directory, or null when the
 * schema has no changes.
 */
export async function createMigration(options: MigratorOptions & { name: string }): Promise<string | null> {
  const { databaseUrl, dialect, migrationsDir, schemaFiles: files } = resolveOptions(options);
  const migrationName = migrationSlug(options.name);
  const migrationsList = readMigrationsList(migrationsDir);
  if (dialect === "postgresql") await createPostgresqlDatabase(databaseUrl);

  const created = await withSchemaEngine({ databaseUrl, schemaFiles: files }, async (engine) => {
    await applyWith(engine, migrationsList);
    // Without this diagnostic first, createMigration asks for a shadow database URL. It replays
    // the history on a shadow database (in memory for SQLite, a temporary database on the
    // PostgreSQL server) and compares it with the real one.
    const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
    if (action.tag === "reset") {
      throw new Error(`The database has drifted from the migration history: ${action.reason}`);
    }
    return engine.createMigration({
      draft: false,
      migrationName,
      migrationsList,
      schema: { files },
      filters: NO_FILTERS,
    });
  });
  if (created.migrationScript === null) return null;

  const dir = join(migrationsDir, created.generatedMigrationName);
  mkdirSync(migrationsDir, { recursive: true });
  mkdirSync(dir); // fails rather than overwrite an existing migration
  writeFileSync(join(dir, `migration.${created.extension}`), created.migrationScript, "utf8");
  writeFileSync(
    join(migrationsDir, LOCKFILE),
    "# Please do not edit this file manually\n" +
      "# It should be added in your version-control system (e.g., Git)\n" +
      `provider = "${created.connectorType}"\n`,
    "utf8",
  );
  return dir;
}

/** Compares the migrations directory with the database, like `prisma migrate status`. */
export async function migrationStatus(options: MigratorOptions): Promise<MigrationStatus> {
  const { databaseUrl, dialect, migrationsDir, schemaFiles } = resolveOptions(options);
  const migrationsList = readMigrationsList(migrationsDir);
  const local = migrationsList.migrationDirectories.map((d) => d.path);
  const status = (parts: Partial<MigrationStatus> & { databaseExists: boolean }): MigrationStatus => {
    const s = { local, applied: [], pending: [], failed: [], edited: [], missingLocally: [], ...parts };
    const upToDate =
      s.databaseExists && [s.pending, s.failed, s.edited, s.missingLocally].every((l) => l.length === 0);
    return { ...s, upToDate };
  };

  // Status must not change anything, and connecting would create an SQLite file.
  if (!(await databaseExists(databaseUrl, dialect))) return status({ databaseExists: false, pending: local });

  const diagnosis = await withSchemaEngine({ databaseUrl, schemaFiles }, (engine) =>
    engine
      .diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTERS })
      // P1014: no `_prisma_migrations` table yet, i.e. nothing was ever applied.
      .catch((error: unknown) => {
        if ((error as { code?: unknown }).code === "P1014") return null;
        throw error;
      }),
  );
  if (!diagnosis) return status({ databaseExists: true, pending: local });

  const { history, failedMigrationNames: failed, editedMigrationNames: edited } = diagnosis;
  const pending =
    history && history.diagnostic !== "migrationsDirectoryIsBehind" ? history.unappliedMigrationNames : [];
  const missingLocally =
    history && history.diagnostic !== "databaseIsBehind" ? history.unpersistedMigrationNames : [];
  const applied = local.filter((name) => !pending.includes(name) && !failed.includes(name));
  return status({ databaseExists: true, applied, pending, failed, edited, missingLocally });
}

/**
 * Runs `fn` on a fresh, empty database of a dialect, removed afterwards: an SQLite file in the
 * temp directory, or a temporary database on the PostgreSQL server of `scratchPostgresqlUrl`.
 */
export async function withScratchDatabase<T>(
  dialect: TDialect,
  scratchPostgresqlUrl: string,
  fn: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  if (dialect === "postgresql") {
    const databaseUrl = await createTemporaryPostgresqlDatabase(scratchPostgresqlUrl, "tracker_scratch_");
    try {
      return await fn(databaseUrl);
    } finally {
      await dropPostgresqlDatabase(databaseUrl);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), "tracker-scratch-"));
  try {
    return await fn(`file:${join(dir, "scratch.db")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
