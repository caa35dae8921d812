// `npm run db:seed`: seeds DATABASE_URL with the story (idempotent), then prints what it holds.
// Apply migrations first (`npm run db:migrate`).
import { createPrismaClient } from "@/lib/platform/db/client";
import { getEnv } from "@/lib/env";
import { countRows, seedDatabase } from "@/prisma/seed";

async function main(): Promise<void> {
  const databaseUrl = getEnv().DATABASE_URL;
  const prisma = createPrismaClient(databaseUrl);
  try {
    await seedDatabase(prisma);
    const counts = await countRows(prisma);
    console.log(`Seeded ${databaseUrl}:`);
    for (const [kind, count] of Object.entries(counts)) console.log(`  ${kind.padEnd(20)} ${count}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("Seeding the database failed:", error);
    process.exit(1);
  },
);
