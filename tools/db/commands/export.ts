// `npm run db:export -- <file.json>`: writes everything in DATABASE_URL (entries, sources,
// citations, revisions, users with their password hashes, the audit log) to one JSON file.
import { writeFileSync } from "node:fs";
import { createPrismaClient, databaseLabel } from "@/lib/platform/db/client";
import { exportDatabase, serializeExport } from "@/tools/db/transfer/transfer";
import { getEnv } from "@/lib/env";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error("Name the file to write: npm run db:export -- backup.json");
  const databaseUrl = getEnv().DATABASE_URL;
  const prisma = createPrismaClient(databaseUrl);
  try {
    const document = await exportDatabase(prisma);
    writeFileSync(file, serializeExport(document), { mode: 0o600 }); // it holds password hashes
    const rows = Object.values(document.tables).reduce((sum, table) => sum + table.length, 0);
    console.log(`Exported ${rows} rows from ${databaseLabel(databaseUrl)} to ${file}.`);
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("Export failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
