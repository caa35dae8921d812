import "server-only";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { PrismaClient } from "@/lib/platform/db/client";
import { dialectOf } from "@/lib/platform/db/dialect";
import { MIGRATION_FILE, MIGRATIONS_DIR, migrationDirectories } from "@/lib/platform/db/migrations-on-disk";

export interface HealthReport {
  /** `ok` only when the database answers and every migration on disk has been applied. */
  status: "ok" | "unavailable";
  database: {
    reachable: boolean;
    /** `current`, `pending` (some not applied yet) or `unknown` (the database did not answer). */
    migrations: "current" | "pending" | "unknown";
    pending: string[];
  };
}

// The migrations a running build ships with do not change: read once per process, not on every
// load balancer's probe.
const migrationsOnDisk = new Map<string, string[]>();

/** Migration directories on disk for a database URL's dialect, oldest first. */
function localMigrations(databaseUrl: string): string[] {
  const dir = MIGRATIONS_DIR[dialectOf(databaseUrl)];
  let names = migrationsOnDisk.get(dir);
  if (!names) {
    names = migrationDirectories(dir).filter((name) => existsSync(join(dir, name, MIGRATION_FILE)));
    migrationsOnDisk.set(dir, names);
  }
  return names;
}

/**
 * What a load balancer needs to know: can this instance reach its database, and is the schema
 * up to date. One cheap query (Prisma's own `_prisma_migrations` table, the same on SQLite and
 * PostgreSQL); never throws.
 */
export async function checkHealth(prisma: PrismaClient, databaseUrl: string): Promise<HealthReport> {
  try {
    await prisma.$queryRaw`SELECT 1`;
  } catch {
    return { status: "unavailable", database: { reachable: false, migrations: "unknown", pending: [] } };
  }
  const applied = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`.catch(() => []); // no table: none applied
  const done = new Set(applied.map((row) => row.migration_name));
  const pending = localMigrations(databaseUrl).filter((name) => !done.has(name));
  return {
    status: pending.length ? "unavailable" : "ok",
    database: { reachable: true, migrations: pending.length ? "pending" : "current", pending },
  };
}
