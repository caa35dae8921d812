import "server-only";
import { adminKinds } from "@/lib/kinds/registry";
import { prisma } from "@/lib/platform/db";
import type { FeedEntry } from "@/lib/feeds/build-feed";
import { type FeedScope } from "@/lib/feeds/feed-files";
import { FEED_SCOPE_KINDS } from "@/lib/feeds/feed-links";
import type { ContentKind } from "@/lib/kinds";

/** Kinds of entry a feed shows: its own, and the sources its items cite. */
export function feedCacheKinds(scope: FeedScope): ContentKind[] {
  return [...FEED_SCOPE_KINDS[scope], "SOURCE"];
}

/** The admin's kinds whose changes a feed may show (their revisions carry these keys). */
function revisedKindKeys(scope: FeedScope): string[] {
  const shown = new Set<ContentKind>(feedCacheKinds(scope));
  return Object.values(adminKinds)
    .filter((kind) => kind.touches.some((touched) => shown.has(touched)))
    .map((kind) => kind.key);
}

/** The newest of these change times that has come (a time still ahead is not a change yet); 0 if none. */
export function newestChange(times: readonly (string | Date | null)[], now: number): number {
  const past = times.map((time) => (time ? new Date(time).getTime() : 0)).filter((time) => time <= now);
  return Math.max(0, ...past);
}

/**
 * When a feed's content last changed, read from the content, never from the time it happened to
 * be rendered: every instance and every render of the same feed says the same. It is the newest
 * edit or publication of an item it shows, or any change recorded to the kinds it shows (a
 * deletion or an unpublish takes an item away without leaving one behind to date it; a source's
 * edit changes the citations).
 */
export async function feedChangedAt(scope: FeedScope, entries: readonly FeedEntry[]): Promise<Date> {
  const now = Date.now();
  const { _max } = await prisma.revision.aggregate({
    where: { kind: { in: revisedKindKeys(scope) } },
    _max: { createdAt: true },
  });
  const shown = entries.flatMap((entry) => [entry.updatedAt, entry.publishedAt]);
  return new Date(newestChange([...shown, _max.createdAt], now));
}
