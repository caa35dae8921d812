import "server-only";
import { prisma } from "@/lib/platform/db";
import { titled, toPartialDate } from "@/lib/content/convert";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import type { DatePrecision } from "@/lib/format/date";
import type { TimelineItem } from "@/lib/timeline/timeline-item";
import type { DatedKind } from "@/lib/kinds";

interface DatedRow {
  id: string;
  slug: string;
  title: string;
  date: Date | null;
  datePrecision: DatePrecision | null;
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

const newestFirst = { date: "desc" } as const;

/** One dated kind's published rows with a date; with `take`, only the newest that many. */
async function loadDatedRows(kind: DatedKind, take: number | undefined): Promise<DatedRow[]> {
  const where = publishedWhere();
  const dated = { ...where, date: { not: null } };
  const byName = { select: { ...datedSelect, name: true }, take };
  const byTitle = { select: { ...datedSelect, title: true }, take };
  switch (kind) {
    case "MODEL":
      return titled(
        await prisma.aiModel.findMany({ where: dated, orderBy: [newestFirst, { name: "asc" }], ...byName }),
      );
    case "PRODUCT":
      return titled(
        await prisma.product.findMany({ where: dated, orderBy: [newestFirst, { name: "asc" }], ...byName }),
      );
    case "ROUND":
      return titled(
        await prisma.fundingRound.findMany({ where, orderBy: [newestFirst, { name: "asc" }], ...byName }),
      );
    case "PARTNERSHIP":
      return prisma.partnership.findMany({
        where: dated,
        orderBy: [newestFirst, { title: "asc" }],
        ...byTitle,
      });
    case "EVENT":
      return prisma.event.findMany({ where: dated, orderBy: [newestFirst, { title: "asc" }], ...byTitle });
  }
}

/**
 * A dated kind's published entries as timeline items, newest first (ties by title). With
 * `take`, the database returns only the newest that many, so the cost does not grow with the
 * number of entries.
 */
export async function loadDatedItems(kind: DatedKind, take?: number): Promise<TimelineItem[]> {
  return (await loadDatedRows(kind, take)).flatMap((row): TimelineItem[] => {
    const date = toPartialDate(row.date, row.datePrecision);
    return date
      ? [
          {
            kind,
            id: row.id,
            slug: row.slug,
            title: row.title,
            date,
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
