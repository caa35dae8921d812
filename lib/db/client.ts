import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Filesystem path of an SQLite `file:` URL, relative to the working directory. */
export function sqlitePath(databaseUrl: string): string {
  return resolve(databaseUrl.replace(/^file:/, "").split("?")[0]);
}

/** The driver adapter for a database URL; shared by the app, the migrator and the seed. */
export function createAdapterFactory(databaseUrl: string) {
  const path = sqlitePath(databaseUrl);
  mkdirSync(dirname(path), { recursive: true });
  return new PrismaBetterSqlite3({ url: `file:${path}` });
}

/** A Prisma client for a database URL. Scripts and tests own its lifecycle. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: createAdapterFactory(databaseUrl) });
}

export type { PrismaClient };
