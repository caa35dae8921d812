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

export { SEED_PUBLISHED_AT } from "./write";

/** Idempotent: upserts by slug and replaces join rows and citations, in one transaction. */
export async function seedDatabase(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
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

export type RowCounts = Record<
  | "sources"
  | "organizations"
  | "people"
  | "models"
  | "modelCollaborators"
  | "products"
  | "rounds"
  | "roundInvestors"
  | "partnerships"
  | "partnershipPartners"
  | "events"
  | "explainers"
  | "citations",
  number
>;

/** Rows per kind, for the seed's summary and the tests. */
export async function countRows(prisma: PrismaClient): Promise<RowCounts> {
  const [
    sources,
    organizations,
    people,
    models,
    modelCollaborators,
    products,
    rounds,
    roundInvestors,
    partnerships,
    partnershipPartners,
    events,
    explainers,
    citations,
  ] = await Promise.all([
    prisma.source.count(),
    prisma.organization.count(),
    prisma.person.count(),
    prisma.aiModel.count(),
    prisma.modelCollaborator.count(),
    prisma.product.count(),
    prisma.fundingRound.count(),
    prisma.roundInvestor.count(),
    prisma.partnership.count(),
    prisma.partnershipPartner.count(),
    prisma.event.count(),
    prisma.explainerSection.count(),
    prisma.citation.count(),
  ]);
  return {
    sources,
    organizations,
    people,
    models,
    modelCollaborators,
    products,
    rounds,
    roundInvestors,
    partnerships,
    partnershipPartners,
    events,
    explainers,
    citations,
  };
}
