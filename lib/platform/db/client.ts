import { mkdirSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { dialectOf } from "@/lib/platform/db/dialect";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "@/lib/generated/prisma-pg/client";

/** Filesystem path of an SQLite `file:` URL, relative to the working directory. */
export function sqlitePath(databaseUrl: string): string {
  return resolve(databaseUrl.replace(/^file:/, "").split("?")[0]);
}

/**
 * How long a new PostgreSQL connection may take. A server that does not answer at all (a network
 * that drops packets, a host that is gone) would otherwise hold each query for minutes, until the
 * operating system gives up; after this it fails as unavailable (lib/platform/db/unavailable.ts).
 */
export const CONNECT_TIMEOUT_MS = 5000;

/** The driver adapter for a database URL; shared by the app, the migrator and the seed. */
export function createAdapterFactory(databaseUrl: string) {
  if (dialectOf(databaseUrl) === "postgresql")
    return new PrismaPg({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  const path = sqlitePath(databaseUrl);
  mkdirSync(dirname(path), { recursive: true });
  return new PrismaBetterSqlite3({ url: `file:${path}` });
}

/** A Prisma client for a database URL. Scripts and tests own its lifecycle. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = createAdapterFactory(databaseUrl);
  if (adapter instanceof PrismaPg) {
    // Prisma 7 generates one client per provider. Both come from the same models
    // (tools/db/schema.ts derives the PostgreSQL schema), so their model API is the same and the
    // code is written against the SQLite client's types; errors and enums share one runtime.
    return new PostgresqlPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter });
}

export type { PrismaClient };

/** How messages name a database: the SQLite file's path, or the PostgreSQL URL without its password. */
export function databaseLabel(databaseUrl: string): string {
  if (dialectOf(databaseUrl) === "sqlite") {
    const path = sqlitePath(databaseUrl);
    const local = relative(process.cwd(), path);
    return local.startsWith("..") ? path : local;
  }
  const url = new URL(databaseUrl);
  if (url.password) url.password = "***";
  return url.toString();
}
