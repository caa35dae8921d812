// Writes the seed data: upserts by slug, then replaces each entry's join rows and citations,
// so a second run leaves the same rows (ids included) as the first.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubjectType } from "@/lib/generated/prisma/enums";
import { alternativeValues } from "./alternative-values";
import { citationStatusOf, claimStatusOf } from "./claim-status";
import { explainerCitations } from "./explainer-citations";
import { events } from "./events";
import { explainers } from "./explainers";
import { models } from "./models";
import { organizations } from "./organizations";
import { partnerships } from "./partnerships";
import { people } from "./people";
import { products } from "./products";
import { rounds } from "./rounds";
import { sources } from "./sources";
import type { AlternativeSubjectKind, SeedCitation, SeedProduct, SeedQualifiers, SeedSource } from "./types";

type Tx = Prisma.TransactionClient;
type IdsBySlug = ReadonlyMap<string, string>;

const published = { status: "PUBLISHED" as const, version: 1 };

/**
 * When a seeded entry went out on this site: when the seed first wrote it (a re-seed keeps it),
 * one time for the whole run.
 * Never the event's own date: a feed item's date is its publication here, and an event of
 * "2024 年" padded to 1 January would claim a day the story never gives.
 */
const SEEDED_AT = new Date();

/**
 * The qualifier and basis columns of each of an entry's figures (`<field>Qualifier`,
 * `<field>Basis`, as its kind's admin stores them), null where the story states it plainly.
 */
function qualifierColumns<Field extends string>(
  fields: readonly Field[],
  qualifiers: SeedQualifiers<Field>,
): Record<string, string | null> {
  return Object.fromEntries(
    fields.flatMap((field) => [
      [`${field}Qualifier`, qualifiers[field]?.qualifier ?? null],
      [`${field}Basis`, qualifiers[field]?.basis ?? null],
    ]),
  );
}

function idOf(ids: IdsBySlug, slug: string, kind: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Seed data refers to unknown ${kind} "${slug}"`);
  return id;
}

async function replaceCitations(
  tx: Tx,
  subjectType: SubjectType,
  subjectId: string,
  citations: readonly SeedCitation[],
  sourceIds: IdsBySlug,
): Promise<void> {
  await tx.citation.deleteMany({ where: { subjectType, subjectId } });
  await tx.citation.createMany({
    data: citations.map((c, position) => ({
      sourceId: idOf(sourceIds, c.source, "source"),
      subjectType,
      subjectId,
      claim: c.claim,
      status: citationStatusOf(c),
      position,
    })),
  });
}

/** Replaces the other values the story gives for the entry's fields (./alternative-values.ts). */
async function replaceAlternativeValues(
  tx: Tx,
  subjectType: AlternativeSubjectKind,
  slug: string,
  subjectId: string,
  sourceIds: IdsBySlug,
): Promise<void> {
  await tx.alternativeValue.deleteMany({ where: { subjectType, subjectId } });
  await tx.alternativeValue.createMany({
    data: alternativeValues
      .filter((a) => a.subject.kind === subjectType && a.subject.slug === slug)
      .map((a, position) => ({
        subjectType,
        subjectId,
        field: a.field,
        value: a.value,
        amountMinor: a.amount?.minor ?? null,
        currency: a.amount?.currency ?? null,
        sourceId: a.source === null ? null : idOf(sourceIds, a.source, "source"),
        status: claimStatusOf(a.source, a.value),
        note: a.note,
        position,
      })),
  });
}

export async function writeSources(tx: Tx): Promise<IdsBySlug> {
  const ids = new Map<string, string>();
  // As the type allows (the story gives no source a title or a date, so the data has none).
  const all: readonly SeedSource[] = sources;
  for (const s of all) {
    const data = {
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      language: s.language,
      publishedOn: s.publishedOn?.date ?? null,
      publishedPrecision: s.publishedOn?.precision ?? null,
      ...published,
    };
    const row = await tx.source.upsert({
      where: { slug: s.slug },
      create: { slug: s.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    ids.set(s.slug, row.id);
  }
  return ids;
}

export async function writeOrganizations(tx: Tx, sourceIds: IdsBySlug): Promise<IdsBySlug> {
  const ids = new Map<string, string>();
  for (const o of organizations) {
    const data = {
      name: o.name,
      nameZh: o.nameZh,
      type: o.type,
      country: o.country,
      headquarters: o.headquarters,
      website: o.website,
      description: o.description,
      foundedOn: o.founded?.date ?? null,
      foundedPrecision: o.founded?.precision ?? null,
      ...published,
    };
    const row = await tx.organization.upsert({
      where: { slug: o.slug },
      create: { slug: o.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    ids.set(o.slug, row.id);
    await replaceCitations(tx, "ORGANIZATION", row.id, o.citations, sourceIds);
  }
  return ids;
}

export async function writePeople(tx: Tx, sourceIds: IdsBySlug): Promise<IdsBySlug> {
  const ids = new Map<string, string>();
  for (const [position, p] of people.entries()) {
    const data = {
      name: p.name,
      category: p.category,
      role: p.role,
      boardMember: p.boardMember,
      background: p.background,
      position,
      ...published,
    };
    const row = await tx.person.upsert({
      where: { slug: p.slug },
      create: { slug: p.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    ids.set(p.slug, row.id);
    await replaceCitations(tx, "PERSON", row.id, p.citations, sourceIds);
  }
  return ids;
}

export async function writeModels(tx: Tx, sourceIds: IdsBySlug, organizationIds: IdsBySlug): Promise<void> {
  const ids = new Map<string, string>();
  for (const m of models) {
    const data = {
      name: m.name,
      family: m.family,
      category: m.category,
      license: m.license,
      licenseName: m.licenseName,
      openWeights: m.openWeights,
      date: m.released?.date ?? null,
      datePrecision: m.released?.precision ?? null,
      summary: m.summary,
      ...published,
    };
    const row = await tx.aiModel.upsert({
      where: { slug: m.slug },
      create: { slug: m.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    ids.set(m.slug, row.id);
    await replaceCitations(tx, "MODEL", row.id, m.citations, sourceIds);
  }
  // Second pass: a model may replace one listed after it.
  for (const m of models) {
    const modelId = idOf(ids, m.slug, "model");
    const replacesId = m.replaces === null ? null : idOf(ids, m.replaces, "model");
    await tx.aiModel.update({ where: { id: modelId }, data: { replacesId } });
    await tx.modelCollaborator.deleteMany({ where: { modelId } });
    await tx.modelCollaborator.createMany({
      data: m.collaborators.map((slug) => ({
        modelId,
        organizationId: idOf(organizationIds, slug, "organization"),
      })),
    });
  }
}

export async function writeProducts(tx: Tx, sourceIds: IdsBySlug): Promise<void> {
  // As the type allows (the story prices no product, so the data has no price).
  const all: readonly SeedProduct[] = products;
  for (const [position, p] of all.entries()) {
    const data = {
      name: p.name,
      category: p.category,
      platforms: p.platforms,
      date: p.launched?.date ?? null,
      datePrecision: p.launched?.precision ?? null,
      summary: p.summary,
      priceMinor: p.price?.minor ?? null,
      priceCurrency: p.price?.currency ?? null,
      pricePeriod: p.price?.period ?? null,
      position,
      ...published,
    };
    const row = await tx.product.upsert({
      where: { slug: p.slug },
      create: { slug: p.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    await replaceCitations(tx, "PRODUCT", row.id, p.citations, sourceIds);
  }
}

export async function writeRounds(
  tx: Tx,
  sourceIds: IdsBySlug,
  organizationIds: IdsBySlug,
  personIds: IdsBySlug,
): Promise<void> {
  for (const r of rounds) {
    const data = {
      name: r.name,
      stage: r.stage,
      instrument: r.instrument,
      date: r.date.date,
      datePrecision: r.date.precision,
      amountMinor: r.amount?.minor ?? null,
      currency: r.amount?.currency ?? null,
      amountUsdMinor: r.amountUsdMinor,
      valuationMinor: r.valuation?.minor ?? null,
      valuationCurrency: r.valuation?.currency ?? null,
      ...qualifierColumns(["date", "amount", "amountUsd", "valuation"], r.qualifiers),
      summary: r.summary,
      ...published,
    };
    const row = await tx.fundingRound.upsert({
      where: { slug: r.slug },
      create: { slug: r.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    await tx.roundInvestor.deleteMany({ where: { roundId: row.id } });
    await tx.roundInvestor.createMany({
      data: r.investors.map((investor, position) => ({
        roundId: row.id,
        organizationId: investor.organization
          ? idOf(organizationIds, investor.organization, "organization")
          : null,
        personId: investor.person ? idOf(personIds, investor.person, "person") : null,
        isLead: investor.isLead,
        position,
      })),
    });
    await replaceCitations(tx, "ROUND", row.id, r.citations, sourceIds);
    await replaceAlternativeValues(tx, "ROUND", r.slug, row.id, sourceIds);
  }
}

export async function writePartnerships(
  tx: Tx,
  sourceIds: IdsBySlug,
  organizationIds: IdsBySlug,
): Promise<void> {
  for (const p of partnerships) {
    const data = {
      title: p.title,
      category: p.category,
      date: p.date?.date ?? null,
      datePrecision: p.date?.precision ?? null,
      summary: p.summary,
      amountMinor: p.amount?.minor ?? null,
      currency: p.amount?.currency ?? null,
      ...qualifierColumns(["amount"], p.qualifiers),
      ...published,
    };
    const row = await tx.partnership.upsert({
      where: { slug: p.slug },
      create: { slug: p.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    await tx.partnershipPartner.deleteMany({ where: { partnershipId: row.id } });
    await tx.partnershipPartner.createMany({
      data: p.partners.map((slug, position) => ({
        partnershipId: row.id,
        organizationId: idOf(organizationIds, slug, "organization"),
        position,
      })),
    });
    await replaceCitations(tx, "PARTNERSHIP", row.id, p.citations, sourceIds);
    await replaceAlternativeValues(tx, "PARTNERSHIP", p.slug, row.id, sourceIds);
  }
}

export async function writeEvents(tx: Tx, sourceIds: IdsBySlug): Promise<void> {
  for (const e of events) {
    const data = {
      title: e.title,
      kind: e.kind,
      date: e.date?.date ?? null,
      datePrecision: e.date?.precision ?? null,
      summary: e.summary,
      amountMinor: e.amount?.minor ?? null,
      currency: e.amount?.currency ?? null,
      amountUsdMinor: e.amountUsdMinor,
      ...qualifierColumns(["amount", "amountUsd"], e.qualifiers),
      ...published,
    };
    const row = await tx.event.upsert({
      where: { slug: e.slug },
      create: { slug: e.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    await replaceCitations(tx, "EVENT", row.id, e.citations, sourceIds);
    await replaceAlternativeValues(tx, "EVENT", e.slug, row.id, sourceIds);
  }
}

export async function writeExplainers(tx: Tx, sourceIds: IdsBySlug): Promise<void> {
  for (const [position, x] of explainers.entries()) {
    const data = { heading: x.heading, body: x.body, position, ...published };
    const row = await tx.explainerSection.upsert({
      where: { slug: x.slug },
      create: { slug: x.slug, ...data, publishedAt: SEEDED_AT },
      update: data,
    });
    await replaceCitations(tx, "EXPLAINER", row.id, explainerCitations(x), sourceIds);
  }
}
