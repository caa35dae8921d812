import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryModel } from "@/lib/kinds";

/** The client or a transaction: every operation on entries takes either. */
export type Db = Prisma.TransactionClient;

/** Every entry row has these columns (see prisma/schema.prisma), and its own. */
export interface EntryRow {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED";
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  [column: string]: unknown;
}

type Where = Record<string, unknown>;
type Select = Record<string, boolean>;
type OrderBy = Record<string, unknown> | Record<string, unknown>[];

/** What the generic operations use of an entry table. */
export interface EntryTable {
  findUnique(args: { where: { id: string } }): Promise<EntryRow | null>;
  findFirst(args: { where: Where; select?: Select; orderBy?: OrderBy }): Promise<EntryRow | null>;
  findMany(args: { where?: Where; select?: Select; orderBy?: OrderBy; take?: number }): Promise<EntryRow[]>;
  count(args: { where: Where }): Promise<number>;
  create(args: { data: Record<string, unknown> }): Promise<EntryRow>;
  updateMany(args: { where: Where; data: Record<string, unknown> }): Promise<{ count: number }>;
  deleteMany(args: { where: Where }): Promise<{ count: number }>;
}

/**
 * One kind's table through the shared shape above. Prisma's delegates have these methods but
 * no common type, hence the cast; each kind's fields produce data that fits its model, and the
 * integration tests write every kind.
 */
export function entryTable(db: Db, model: EntryModel): EntryTable {
  return db[model] as unknown as EntryTable;
}

/** Join tables of many-to-many references: an entry and an organization each. */
export type JoinModel = "modelCollaborator" | "partnershipPartner";

export interface JoinTable {
  findMany(args: { where: Where; select: Select; orderBy?: OrderBy }): Promise<Record<string, unknown>[]>;
  deleteMany(args: { where: Where }): Promise<{ count: number }>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
}

/** A join table through the shape above; the same reasoning as `entryTable`. */
export function joinTable(db: Db, model: JoinModel): JoinTable {
  return db[model] as unknown as JoinTable;
}
