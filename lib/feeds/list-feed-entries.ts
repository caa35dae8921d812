import "server-only";
import { cachedQuery } from "@/lib/cache";
import { DATED_KINDS } from "@/lib/content/types";
import type { FeedEntry } from "@/lib/feeds/build-feed";
import { loadCitations } from "@/lib/sources/load-citations";
import { listTimelineItems } from "@/lib/timeline/list-timeline";

export const FEED_SIZE = 50;

/** The newest timeline entries with their citations, for the feeds. */
export const listFeedEntries = cachedQuery(
  "feeds:entries",
  [...DATED_KINDS, "SOURCE"],
  async (): Promise<FeedEntry[]> => {
    const items = (await listTimelineItems()).slice(0, FEED_SIZE);
    const citationsByKind = await Promise.all(
      DATED_KINDS.map(async (kind) =>
        loadCitations(
          kind,
          items.filter((i) => i.kind === kind).map((i) => i.id),
        ),
      ),
    );
    return items.map((item) => ({
      ...item,
      citations: citationsByKind[DATED_KINDS.indexOf(item.kind)].get(item.id) ?? [],
    }));
  },
);
