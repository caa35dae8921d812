import "server-only";
import { z } from "zod";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { entryTable } from "@/lib/content/entry-table";
import { entryState, type EntryState } from "@/lib/content/entry-state";
import { snapshotToValues, toJsonSafe } from "@/lib/kinds/fields/snapshot";
import type { Snapshot } from "@/lib/kinds/fields/field";
import { prisma } from "@/lib/platform/db";

export const ADMIN_PAGE_SIZE = 20;

/** The list's URL query; anything unknown falls back to "all" or page 1. */
export function parseListQuery(kind: AdminKind, query: Record<string, string | string[] | undefined>) {
  const filter = kind.fields.find((f) => f.name === kind.filterField)?.ui;
  const filterValues = filter?.type === "select" ? filter.options.map((o) => o.value) : [];
  return z
    .object({
      q: z.string().trim().max(200).catch("").default(""),
      status: z.enum(["DRAFT", "PUBLISHED", "SCHEDULED"]).optional().catch(undefined),
      filter: z
        .string()
        .refine((v) => filterValues.includes(v))
        .optional()
        .catch(undefined),
      page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
    })
    .parse({ ...query, filter: kind.filterField ? query[kind.filterField] : undefined });
}

export type AdminListQuery = ReturnType<typeof parseListQuery>;

export interface AdminListRow {
  id: string;
  title: string;
  state: EntryState;
  publishedAt: string | null;
  updatedAt: string;
  version: number;
  /** The kind's list columns, as text. */
  cells: string[];
}

/**
 * One page of a kind's entries, newest change first. Status and the kind's enum filter in the
 * database; the search in memory, so it is a case-insensitive substring match for any script
 * on SQLite and PostgreSQL alike (an admin list holds hundreds of rows, not millions).
 */
export async function listEntries(kind: AdminKind, query: AdminListQuery, now: Date = new Date()) {
  const statusWhere =
    query.status === "DRAFT"
      ? { status: "DRAFT" }
      : query.status === "PUBLISHED"
        ? { status: "PUBLISHED", OR: [{ publishedAt: null }, { publishedAt: { lte: now } }] }
        : query.status === "SCHEDULED"
          ? { status: "PUBLISHED", publishedAt: { gt: now } }
          : {};
  const rows = await entryTable(prisma, kind.model).findMany({
    where: {
      ...statusWhere,
      ...(query.filter && kind.filterField ? { [kind.filterField]: query.filter } : {}),
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  const needle = query.q.toLocaleLowerCase();
  const matching = needle
    ? rows.filter((row) =>
        kind.searchColumns.some((column) =>
          String(row[column] ?? "")
            .toLocaleLowerCase()
            .includes(needle),
        ),
      )
    : rows;
  const pageCount = Math.max(1, Math.ceil(matching.length / ADMIN_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const columns = kind.listColumns.map((name) => kind.fields.find((f) => f.name === name)!);
  const items: AdminListRow[] = matching
    .slice((page - 1) * ADMIN_PAGE_SIZE, page * ADMIN_PAGE_SIZE)
    .map((row) => {
      const snapshot = toJsonSafe(row) as Snapshot;
      const values = snapshotToValues(kind, snapshot);
      return {
        id: row.id,
        title: kind.titleOf(snapshot),
        state: entryState(row, now),
        publishedAt: row.publishedAt?.toISOString() ?? null,
        updatedAt: row.updatedAt.toISOString(),
        version: row.version,
        cells: columns.map((field) => field.describe(values, () => "")),
      };
    });
  return { items, total: matching.length, page, pageCount };
}
