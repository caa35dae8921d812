// Migrations CLI over the WebAssembly schema engine (see tools/db/migrator.ts).
//   deploy                apply pending migrations to DATABASE_URL
//   create --name <name>  write <timestamp>_<name> from schema changes, for each dialect: in
//                         prisma/migrations (SQLite) and prisma/migrations-postgresql; the
//                         dialect DATABASE_URL does not name uses a throwaway database (for
//                         PostgreSQL on the server at SCRATCH_POSTGRESQL_URL, default local)
//   status                compare the dialect's migrations with the database; exit 1 unless up to date
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { databaseLabel } from "@/lib/platform/db/client";
import { DIALECTS, dialectOf } from "@/lib/platform/db/dialect";
import { MIGRATIONS_DIR } from "@/lib/platform/db/migrations-on-disk";
import { applyMigrations, createMigration, migrationStatus, withScratchDatabase } from "@/tools/db/migrator";
import { scratchPostgresqlUrl } from "@/tools/db/postgresql";
import { getEnv } from "@/lib/env";

const USAGE = "Usage: tsx tools/db/commands/migrate.ts deploy | create --name <name> | status";

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" } },
  });
  const [command, ...rest] = positionals;
  if (rest.length > 0) throw new Error(`Unexpected arguments: ${rest.join(" ")}\n${USAGE}`);

  const databaseUrl = getEnv().DATABASE_URL;
  const database = databaseLabel(databaseUrl);
  const migrationsDir = MIGRATIONS_DIR[dialectOf(databaseUrl)];

  switch (command) {
    case "deploy": {
      const applied = await applyMigrations({ databaseUrl });
      if (applied.length === 0) console.log(`${database}: migrations up to date.`);
      else console.log(`${database}: applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}`);
      return 0;
    }
    case "create": {
      if (!values.name) throw new Error(`create needs --name <name>\n${USAGE}`);
      const name = values.name;
      // One schema change, one migration per dialect: DATABASE_URL's dialect is migrated on that
      // database (as `prisma migrate dev` does), the other one on a throwaway database.
      let created = 0;
      for (const dialect of DIALECTS) {
        const dir =
          dialect === dialectOf(databaseUrl)
            ? await createMigration({ databaseUrl, name })
            : await withScratchDatabase(dialect, scratchPostgresqlUrl(), (scratchUrl) =>
                createMigration({ databaseUrl: scratchUrl, name }),
              );
        if (dir === null) console.log(`${dialect}: the schema has no changes, no migration created.`);
        else {
          created += 1;
          console.log(`${dialect}: created ${relative(process.cwd(), dir)}/migration.sql.`);
        }
      }
      if (created > 0) console.log("Not yet applied: npm run db:migrate.");
      return 0;
    }
    case "status": {
      const s = await migrationStatus({ databaseUrl });
      console.log(
        `${database}: ${s.local.length} migration(s) in ${migrationsDir}, ${s.applied.length} applied.`,
      );
      if (!s.databaseExists) console.log("The database does not exist yet: npm run db:migrate creates it.");
      const report = (label: string, names: string[]) => {
        if (names.length > 0) console.log(`${label}:\n  ${names.join("\n  ")}`);
      };
      report("Pending (npm run db:migrate applies them)", s.pending);
      report("Failed (fix the database, then mark or redo them)", s.failed);
      report("Edited after being applied", s.edited);
      report(`Applied but missing from ${migrationsDir}`, s.missingLocally);
      if (s.upToDate) console.log("Database schema is up to date.");
      return s.upToDate ? 0 : 1;
    }
    default:
      throw new Error(command ? `Unknown command ${JSON.stringify(command)}\n${USAGE}` : USAGE);
  }
}

// Explicit exit: don't rely on the freed WebAssembly engine letting the event loop drain.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Migration failed${typeof code === "string" ? ` (${code})` : ""}: ${message}`);
    process.exit(1);
  },
);
