// The migrations a build ships with, in Prisma's standard layout (one directory per migration,
// one layout per dialect). Read at run time by the health check, and by the migrator
// (tools/db/migrator.ts), which applies them.
import { existsSync, readdirSync } from "node:fs";
import type { TDialect } from "@/lib/platform/db/dialect";

export const MIGRATIONS_DIR: Record<TDialect, string> = {
  sqlite: "prisma/migrations",
  postgresql: "prisma/migrations-postgresql",
};

/** The script in each migration's directory. */
export const MIGRATION_FILE = "migration.sql";

/** The migration directories under `migrationsDir`, oldest first (names start with their time). */
export function migrationDirectories(migrationsDir: string): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
}
