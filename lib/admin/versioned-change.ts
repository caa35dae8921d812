import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { describeConflict } from "@/lib/admin/describe-conflict";
import type { Db } from "@/lib/content/entry-table";
import type { Snapshot } from "@/lib/kinds/fields/field";
import type { OperationResult } from "@/lib/admin/operation-result";
import { entryTable } from "@/lib/content/entry-table";
import { loadSnapshot } from "@/lib/kinds/fields/snapshot";
import { recordBaseline, writeRevision } from "@/lib/admin/write-revision";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import { revalidateKinds } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";

/** What one change did, for its revision, and what the operation answers. */
export interface EntryChange<T> {
  entryId: string;
  /** The entry's version after the change. */
  version: number;
  action: RevisionAction;
  /** The state the revision records; by default the entry's state after the change. */
  snapshot?: Snapshot;
  /** The editor's reason, for the public change log. */
  reason?: string;
  data: T;
}

/**
 * Every change of an entry (save, publish, delete, restore) goes through here, so none can skip
 * a step: in one transaction, the entry's history started if it has none (recordBaseline), the
 * change itself, which writes only at the version the editor loaded (updateAtVersion, or its own
 * check throwing StaleVersionError), and its revision; then the cached pages and queries of every
 * kind it touches are invalidated. A change that found the entry at another version is rolled
 * back and answered with who saved last, or "not found" when the entry is gone. Other errors
 * are the caller's to read.
 */
export async function versionedChange<T>(
  kind: AdminKind,
  /** The entry changed; null when it is being created. */
  id: string | null,
  authorId: string,
  change: (tx: Db) => Promise<EntryChange<T>>,
): Promise<OperationResult<T>> {
  try {
    const data = await prisma.$transaction(async (tx) => {
      if (id) await recordBaseline(tx, kind, id);
      const { entryId, version, action, snapshot, reason, data } = await change(tx);
      await writeRevision(tx, {
        kind: kind.key,
        entryId,
        version,
        action,
        snapshot: snapshot ?? (await loadSnapshot(kind, entryId, tx))!,
        authorId,
        reason,
      });
      return data;
    });
    await revalidateKinds(kind.touches);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof StaleVersionError && id) return staleResult(kind, id);
    throw error;
  }
}

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
