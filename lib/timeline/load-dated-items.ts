import "server-only";
import { prisma } from "@/lib/platform/db";
import { toPartialDate } from "@/lib/content/convert";
import { entryTable } from "@/lib/content/entry-table";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import type { DatePrecision } from "@/lib/format/date";
import type { TimelineItem } from "@/lib/timeline/timeline-item";
import type { FigureQualifier } from "@/lib/format/figure";
import { kindOfCode, type DatedKind, type Kind } from "@/lib/kinds";

interface DatedRow {
  id: string;
  slug: string;
  title: string;
  date: Date | null;
  datePrecision: DatePrecision | null;
  dateQualifier?: FigureQualifier | null;
  summary: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

const datedSelect = {
  id: true,
  slug: true,
  date: true,
  datePrecision: true,
  summary: true,
  createdAt: true,
  updatedAt: true,
  publishedAt: true,
} as const;

/** Newest by the entry's own date (the timeline), or newest published on this site (the feeds). */
export type DatedOrder = "date" | "published";

/**
 * One dated kind's published rows with a date, newest first (ties by title); with `take`, only the
 * newest that many. Every dated kind's table has the columns of `datedSelect` (lib/kinds/kinds.test.ts).
 */
async function loadDatedRows(
  kind: DatedKind,
  take: number | undefined,
  order: DatedOrder,
): Promise<DatedRow[]> {
  const { model, title, dated } = kindOfCode(kind);
  const qualified = (kindOfCode(kind) as Kind).qualifiedDate;
  const rows = await entryTable(prisma, model).findMany({
    where: { ...publishedWhere(), ...(dated === "when-known" && { date: { not: null } }) },
    orderBy: [
      // Published without a time (rows from before publication times) last, on either database.
      ...(order === "published" ? [{ publishedAt: { sort: "desc", nulls: "last" } as const }] : []),
      { date: "desc" },
      { [title]: "asc" },
      { slug: "asc" },
    ],
    select: { ...datedSelect, [title]: true, ...(qualified && { dateQualifier: true }) },
    take,
  });
  return rows.map((row) => ({ ...row, title: row[title] }) as unknown as DatedRow);
}

/**
 * A dated kind's published entries as timeline items, newest first (ties by title). With
 * `take`, the database returns only the newest that many, so the cost does not grow with the
 * number of entries.
 */
export async function loadDatedItems(
  kind: DatedKind,
  take?: number,
  order: DatedOrder = "date",
): Promise<TimelineItem[]> {
  return (await loadDatedRows(kind, take, order)).flatMap((row): TimelineItem[] => {
    const date = toPartialDate(row.date, row.datePrecision);
    return date
      ? [
          {
            kind,
            id: row.id,
            slug: row.slug,
            title: row.title,
            date,
            dateQualifier: row.dateQualifier ?? null,
            summary: row.summary,
            href: entryPath(kind, row.slug),
            createdAt: row.createdAt.toISOString(),
            updatedAt: row.updatedAt.toISOString(),
            publishedAt: row.publishedAt?.toISOString() ?? null,
          },
        ]
      : [];
  });
}
