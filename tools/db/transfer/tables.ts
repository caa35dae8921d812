// Every table the site's data lives in, in an order where each row's references come before it.
// Export writes them in this order and import reads them back in the same order.
import type { PrismaClient } from "@/lib/platform/db/client";

/** What export and import need of a Prisma delegate: the two shapes are the same for every table. */
export interface TransferDelegate {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<unknown>;
  update(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<unknown>;
  count(): Promise<number>;
}

export interface TransferTable {
  /** The key in the export file. */
  name: string;
  delegate(prisma: PrismaClient): TransferDelegate;
  /** The primary key's columns: rows are written sorted by them, the same on every database. */
  key: readonly string[];
  /** A reference to a row of the same table: written as null first, then set once all exist. */
  selfReference?: string;
}

// The delegates share these methods but no common type (one generated type per table).
const as = (delegate: unknown) => delegate as TransferDelegate;

export const TRANSFER_TABLES: readonly TransferTable[] = [
  { name: "organizations", delegate: (p) => as(p.organization), key: ["id"] },
  { name: "people", delegate: (p) => as(p.person), key: ["id"] },
  { name: "sources", delegate: (p) => as(p.source), key: ["id"] },
  { name: "sourceLinkChecks", delegate: (p) => as(p.sourceLinkCheck), key: ["sourceId"] },
  { name: "models", delegate: (p) => as(p.aiModel), key: ["id"], selfReference: "replacesId" },
  {
    name: "modelCollaborators",
    delegate: (p) => as(p.modelCollaborator),
    key: ["modelId", "organizationId"],
  },
  { name: "products", delegate: (p) => as(p.product), key: ["id"] },
  { name: "fundingRounds", delegate: (p) => as(p.fundingRound), key: ["id"] },
  { name: "roundInvestors", delegate: (p) => as(p.roundInvestor), key: ["id"] },
  { name: "partnerships", delegate: (p) => as(p.partnership), key: ["id"] },
  {
    name: "partnershipPartners",
    delegate: (p) => as(p.partnershipPartner),
    key: ["partnershipId", "organizationId"],
  },
  { name: "events", delegate: (p) => as(p.event), key: ["id"] },
  { name: "explainerSections", delegate: (p) => as(p.explainerSection), key: ["id"] },
  { name: "citations", delegate: (p) => as(p.citation), key: ["id"] },
  { name: "alternativeValues", delegate: (p) => as(p.alternativeValue), key: ["id"] },
  { name: "users", delegate: (p) => as(p.user), key: ["id"] },
  { name: "corrections", delegate: (p) => as(p.correction), key: ["id"] },
  { name: "revisions", delegate: (p) => as(p.revision), key: ["id"] },
  { name: "auditLog", delegate: (p) => as(p.auditLog), key: ["id"] },
  { name: "siteSettings", delegate: (p) => as(p.siteSetting), key: ["key"] },
];
