import "server-only";
import { z } from "zod";
import { cachedQuery } from "@/lib/content/cached-query";
import { ZPageNumberSchema } from "@/lib/content/paginate";
import { loadDatedItems } from "@/lib/timeline/load-dated-items";
import {
  compareTimelineItems,
  pageTimeline,
  type TimelineItem,
  type TimelinePage,
} from "@/lib/timeline/timeline-item";
import { DATED_KINDS, type DatedKind } from "@/lib/kinds";

/** The timeline's URL filters; anything unknown falls back to "all" or page 1. */
export const ZTimelineFiltersSchema = z.object({
  kind: z
    .enum(DATED_KINDS as [DatedKind, ...DatedKind[]])
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(1900).max(2999).optional().catch(undefined),
  page: ZPageNumberSchema,
});

/** Every published dated entry of every kind, newest first. */
export const listTimelineItems = cachedQuery(
  "timeline:all",
  DATED_KINDS,
  async (): Promise<TimelineItem[]> => {
    const items = await Promise.all(DATED_KINDS.map((kind) => loadDatedItems(kind)));
    return items.flat().sort(compareTimelineItems);
  },
);

/** One page of the timeline, filtered by kind and year as given in the URL's query. */
export async function listTimeline(
  query: Record<string, string | string[] | undefined>,
): Promise<TimelinePage> {
  return pageTimeline(await listTimelineItems(), ZTimelineFiltersSchema.parse(query));
}
