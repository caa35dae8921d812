// `tsx tools/db/commands/reset.ts`: removes the database DATABASE_URL names (the SQLite file, or the
// PostgreSQL database), so the next `db:prepare` starts from nothing. Used by the end-to-end
// runs, each of which starts on a fresh database.
import { rmSync } from "node:fs";
import { databaseLabel, sqlitePath } from "@/lib/platform/db/client";
import { dialectOf } from "@/lib/platform/db/dialect";
import { dropPostgresqlDatabase } from "@/tools/db/postgresql";
import { getEnv } from "@/lib/env";

async function main(): Promise<void> {
  const databaseUrl = getEnv().DATABASE_URL;
  if (dialectOf(databaseUrl) === "postgresql") {
    await dropPostgresqlDatabase(databaseUrl);
  } else {
    const file = sqlitePath(databaseUrl);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  }
  console.log(`Removed ${databaseLabel(databaseUrl)}.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("Removing the database failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
