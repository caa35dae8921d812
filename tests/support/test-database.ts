// A database of its own for one integration test file, of the kind TEST_DATABASE names:
// `sqlite` (default: a file in a temporary folder) or `postgresql` (a new database on the
// server at SCRATCH_POSTGRESQL_URL, trust auth on this machine). `npm test` runs the integration
// suites once with each.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropPostgresqlDatabase, scratchPostgresqlUrl, withDatabaseName } from "@/tools/db/postgresql";

export interface TestDatabase {
  databaseUrl: string;
  /** Removes the database; call after every client has disconnected. */
  drop(): Promise<void>;
}

export function testDatabase(name: string): TestDatabase {
  if (process.env.TEST_DATABASE === "postgresql") {
    const server = scratchPostgresqlUrl();
    const databaseUrl = withDatabaseName(server, `tracker_test_${name}_${randomUUID().slice(0, 8)}`);
    // applyMigrations creates it.
    return { databaseUrl, drop: () => dropPostgresqlDatabase(databaseUrl) };
  }
  const dir = mkdtempSync(join(tmpdir(), `tracker-${name}-`));
  return {
    databaseUrl: `file:${join(dir, `${name}.db`)}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
