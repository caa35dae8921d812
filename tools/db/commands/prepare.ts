// Runs before `next start` / `next dev`: brings DATABASE_URL up to date with prisma/migrations,
// then seeds it when it has no content yet.
import { createPrismaClient } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";
import { getEnv } from "@/lib/env";
import { seedIfEmpty } from "@/prisma/seed";

async function main(): Promise<void> {
  const databaseUrl = getEnv().DATABASE_URL;

  const applied = await applyMigrations({ databaseUrl });
  console.log(
    applied.length === 0
      ? "Database migrations: up to date."
      : `Database migrations: applied ${applied.length} (${applied.join(", ")}).`,
  );

  // The migrator has closed its connections by now, so the client can open the file.
  const prisma = createPrismaClient(databaseUrl);
  try {
    const seeded = await seedIfEmpty(prisma);
    console.log(seeded ? "Database seed: seeded." : "Database seed: skipped, the database already has data.");
  } finally {
    await prisma.$disconnect();
  }
}

// Explicit exit: don't rely on the freed WebAssembly engine letting the event loop drain.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("Preparing the database failed:", error);
    process.exit(1);
  },
);
