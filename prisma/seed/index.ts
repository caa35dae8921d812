// Seeds the story of Mistral AI into a database: every entry published, every fact cited.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  writeEvents,
  writeExplainers,
  writeModels,
  writeOrganizations,
  writePartnerships,
  writePeople,
  writeProducts,
  writeRounds,
  writeSources,
} from "./write";
import { renameMovedEntries } from "./moved-entries";

/** Idempotent: upserts by slug and replaces join rows and citations, in one transaction. */
export async function seedDatabase(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await renameMovedEntries(tx);
      const sourceIds = await writeSources(tx);
      const organizationIds = await writeOrganizations(tx, sourceIds);
      const personIds = await writePeople(tx, sourceIds);
      await writeModels(tx, sourceIds, organizationIds);
      await writeProducts(tx, sourceIds);
      await writeRounds(tx, sourceIds, organizationIds, personIds);
      await writePartnerships(tx, sourceIds, organizationIds);
      await writeEvents(tx, sourceIds);
      await writeExplainers(tx, sourceIds);
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/** Seeds only a database without any organization; returns whether it seeded. */
export async function seedIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.organization.count()) > 0) return false;
  await seedDatabase(prisma);
  return true;
}

const ROW_COUNTERS = {
  sources: (prisma: PrismaClient) => prisma.source.count(),
  organizations: (prisma: PrismaClient) => prisma.organization.count(),
  people: (prisma: PrismaClient) => prisma.person.count(),
  models: (prisma: PrismaClient) => prisma.aiModel.count(),
  modelCollaborators: (prisma: PrismaClient) => prisma.modelCollaborator.count(),
  products: (prisma: PrismaClient) => prisma.product.count(),
  rounds: (prisma: PrismaClient) => prisma.fundingRound.count(),
  roundInvestors: (prisma: PrismaClient) => prisma.roundInvestor.count(),
  partnerships: (prisma: PrismaClient) => prisma.partnership.count(),
  partnershipPartners: (prisma: PrismaClient) => prisma.partnershipPartner.count(),
  events: (prisma: PrismaClient) => prisma.event.count(),
  explainers: (prisma: PrismaClient) => prisma.explainerSection.count(),
  citations: (prisma: PrismaClient) => prisma.citation.count(),
  alternativeValues: (prisma: PrismaClient) => prisma.alternativeValue.count(),
};

export type RowCounts = Record<keyof typeof ROW_COUNTERS, number>;

/** Rows per kind, for the seed's summary and the tests. */
export async function countRows(prisma: PrismaClient): Promise<RowCounts> {
  const entries = await Promise.all(
    Object.entries(ROW_COUNTERS).map(async ([kind, count]) => [kind, await count(prisma)] as const),
  );
  return Object.fromEntries(entries) as RowCounts;
}
