// Databases on a PostgreSQL server, managed from its `postgres` maintenance database: the
// migrator creates the app's database when missing and short-lived shadow databases.
import { randomUUID } from "node:crypto";
import pg from "pg";

/** Where migrations tooling, tests and the bench make throwaway databases when nothing else says. */
export const DEFAULT_SCRATCH_POSTGRESQL_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The server for throwaway databases: SCRATCH_POSTGRESQL_URL, else the local one. */
export function scratchPostgresqlUrl(): string {
  return process.env.SCRATCH_POSTGRESQL_URL || DEFAULT_SCRATCH_POSTGRESQL_URL;
}

/** The URL of another database on the same server, with the same credentials. */
export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** The database a PostgreSQL URL names; the URL must name one. */
export function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  if (!name) throw new Error("A PostgreSQL DATABASE_URL must name its database, e.g. …:5432/tracker");
  return name;
}

async function withMaintenanceClient<T>(databaseUrl: string, fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: withDatabaseName(databaseUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function postgresqlDatabaseExists(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  return withMaintenanceClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  });
}

/** Creates the database a URL names unless it exists. Returns whether it was created. */
export async function createPostgresqlDatabase(databaseUrl: string): Promise<boolean> {
  if (await postgresqlDatabaseExists(databaseUrl)) return false;
  const name = databaseName(databaseUrl);
  await withMaintenanceClient(databaseUrl, (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`),
  );
  return true;
}

/** Drops the database a URL names, closing whatever connections it still has. */
export async function dropPostgresqlDatabase(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl);
  await withMaintenanceClient(databaseUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

/** A new, empty database on the server of `databaseUrl`; the caller drops it. */
export async function createTemporaryPostgresqlDatabase(
  databaseUrl: string,
  prefix: string,
): Promise<string> {
  const url = withDatabaseName(databaseUrl, `${prefix}${randomUUID().replaceAll("-", "")}`);
  await createPostgresqlDatabase(url);
  return url;
}
