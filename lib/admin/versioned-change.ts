import "server-only";
import type { AdminKind } from "@/lib/admin/define-kind";
import { describeConflict } from "@/lib/admin/describe-conflict";
import type { Db } from "@/lib/admin/fields/field";
import type { OperationResult } from "@/lib/admin/operation-result";
import { entryTable } from "@/lib/admin/entry-table";
import { prisma } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";

/** Thrown inside a transaction when the entry is no longer at the version the editor loaded. */
export class StaleVersionError extends Error {
  constructor() {
    super("The entry changed since it was loaded");
  }
}

/**
 * Optimistic concurrency: writes `data` only while the entry is still at `expected`, and bumps
 * its version. Otherwise throws StaleVersionError, which rolls the transaction back.
 */
export async function updateAtVersion(
  db: Db,
  kind: AdminKind,
  id: string,
  expected: number,
  data: Record<string, unknown>,
): Promise<number> {
  const { count } = await entryTable(db, kind.model).updateMany({
    where: { id, version: expected },
    data: { ...data, version: expected + 1 },
  });
  if (count === 0) throw new StaleVersionError();
  return expected + 1;
}

/** After a stale write: a conflict naming who saved last, or "not found" when the entry is gone. */
export async function staleResult(kind: AdminKind, id: string): Promise<OperationResult<never>> {
  const exists = await entryTable(prisma, kind.model).findUnique({ where: { id } });
  if (!exists) return { ok: false, code: "NOT_FOUND", message: t.admin.results.notFound };
  return { ok: false, code: "CONFLICT", ...(await describeConflict(kind.key, id)) };
}

/** The Prisma error code of a failed query (P2002 unique, P2003 foreign key), if it is one. */
export function prismaErrorCode(error: unknown): string | undefined {
  return error instanceof Prisma.PrismaClientKnownRequestError ? error.code : undefined;
}
