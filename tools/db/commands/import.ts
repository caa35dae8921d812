// `npm run db:import -- <file.json>`: migrates DATABASE_URL (either kind; made if missing) and
// loads an export into it. Refuses a database that already holds data.
import { readFileSync } from "node:fs";
import { createPrismaClient, databaseLabel } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { importDatabase, parseExport } from "@/tools/db/transfer/transfer";
import { getEnv } from "@/lib/env";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("Name the file to load: npm run db:import -- backup.json");
  const document = parseExport(readFileSync(file, "utf8"));
  const databaseUrl = getEnv().DATABASE_URL;
  await applyMigrations({ databaseUrl });
  const prisma = createPrismaClient(databaseUrl);
  try {
    const rows = await importDatabase(prisma, document);
    console.log(`Imported ${rows} rows from ${file} into ${databaseLabel(databaseUrl)}.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("Import failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
