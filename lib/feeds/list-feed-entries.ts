import "server-only";
import { loadAlternativeValues } from "@/lib/claims/load-alternative-values";
import type { FeedEntry } from "@/lib/feeds/build-feed";
import { type FeedScope } from "@/lib/feeds/feed-files";
import { FEED_SCOPE_KINDS } from "@/lib/feeds/feed-links";
import { loadCitations } from "@/lib/kinds/sources/load-citations";
import { FEED_DETAILS } from "@/lib/kinds/registry";
import { loadDatedItems } from "@/lib/timeline/load-dated-items";
import { compareTimelineItems, type TimelineItem } from "@/lib/timeline/timeline-item";

/** Entries per feed: a reader polling daily misses none at this site's pace, and each poll stays small. */
export const FEED_SIZE = 20;

/** Latest published on this site first: news of an old event is news too. Ties by the entry's date. */
function comparePublication(a: TimelineItem, b: TimelineItem): number {
  return (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || compareTimelineItems(a, b);
}

/**
 * A feed's latest published entries with their citations and other values, latest first. Each kind
 * reads only its latest FEED_SIZE rows, so a feed costs the same with ten entries or ten thousand.
 * Uncached: the rendered feed is what gets cached (lib/feeds/feed-response.ts).
 */
export async function listFeedEntries(scope: FeedScope): Promise<FeedEntry[]> {
  const kinds = FEED_SCOPE_KINDS[scope];
  const newest = (await Promise.all(kinds.map((kind) => loadDatedItems(kind, FEED_SIZE, "published"))))
    .flat()
    .sort(comparePublication)
    .slice(0, FEED_SIZE);
  const idsOf = (kind: (typeof kinds)[number]) =>
    newest.filter((item) => item.kind === kind).map((item) => item.id);
  const [citationsByKind, alternativesByKind, detailsByKind] = await Promise.all([
    Promise.all(kinds.map((kind) => loadCitations(kind, idsOf(kind)))),
    Promise.all(kinds.map((kind) => loadAlternativeValues(kind, idsOf(kind)))),
    Promise.all(kinds.map((kind) => FEED_DETAILS[kind]?.(idsOf(kind)) ?? new Map())),
  ]);
  return newest.map((item) => ({
    ...item,
    details: detailsByKind[kinds.indexOf(item.kind)].get(item.id) ?? null,
    citations: citationsByKind[kinds.indexOf(item.kind)].get(item.id) ?? [],
    alternativeValues: alternativesByKind[kinds.indexOf(item.kind)].get(item.id) ?? [],
  }));
}
