import "server-only";
import { z } from "zod";
import { cachedQuery } from "@/lib/cache";
import { prisma } from "@/lib/db";
import { titled } from "@/lib/content/convert";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import { DATED_KINDS, type DatedKind } from "@/lib/content/types";
import type { DatePrecision } from "@/lib/format/date";
import {
  compareTimelineItems,
  pageTimeline,
  type TimelineItem,
  type TimelinePage,
} from "@/lib/timeline/timeline-item";

/** The timeline's URL filters; anything unknown falls back to "all" or page 1. */
export const ZTimelineFiltersSchema = z.object({
  kind: z
    .enum(DATED_KINDS as [DatedKind, ...DatedKind[]])
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(1900).max(2999).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});

interface DatedRow {
  id: string;
  slug: string;
  title: string;
  date: Date | null;
  datePrecision: DatePrecision | null;
  summary: string;
  createdAt: Date;
  updatedAt: Date;
}

const datedSelect = {
  id: true,
  slug: true,
  date: true,
  datePrecision: true,
  summary: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Each dated kind's published rows. */
async function loadDatedRows(kind: DatedKind): Promise<DatedRow[]> {
  const where = publishedWhere();
  const byName = { ...datedSelect, name: true };
  const byTitle = { ...datedSelect, title: true };
  switch (kind) {
    case "MODEL":
      return titled(await prisma.aiModel.findMany({ where, select: byName }));
    case "PRODUCT":
      return titled(await prisma.product.findMany({ where, select: byName }));
    case "ROUND":
      return titled(await prisma.fundingRound.findMany({ where, select: byName }));
    case "PARTNERSHIP":
      return prisma.partnership.findMany({ where, select: byTitle });
    case "EVENT":
      return prisma.event.findMany({ where, select: byTitle });
  }
}

/** Every published dated entry of every kind, newest first. */
export const listTimelineItems = cachedQuery(
  "timeline:all",
  DATED_KINDS,
  async (): Promise<TimelineItem[]> => {
    const rows = await Promise.all(
      DATED_KINDS.map(async (kind) => (await loadDatedRows(kind)).map((row) => ({ kind, row }))),
    );
    return rows
      .flat()
      .flatMap(({ kind, row }): TimelineItem[] =>
        row.date && row.datePrecision
          ? [
              {
                kind,
                id: row.id,
                slug: row.slug,
                title: row.title,
                date: { iso: row.date.toISOString(), precision: row.datePrecision },
                summary: row.summary,
                href: entryPath(kind, row.slug),
                createdAt: row.createdAt.toISOString(),
                updatedAt: row.updatedAt.toISOString(),
              },
            ]
          : [],
      )
      .sort(compareTimelineItems);
  },
);

/** One page of the timeline, filtered by kind and year as given in the URL's query. */
export async function listTimeline(
  query: Record<string, string | string[] | undefined>,
): Promise<TimelinePage> {
  return pageTimeline(await listTimelineItems(), ZTimelineFiltersSchema.parse(query));
}
