import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { publicationEpoch } from "@/lib/content/publication-epoch";
import { loadPublicationSchedule } from "@/lib/content/publication-schedule";
import { CONTENT_KINDS, type ContentKind } from "@/lib/kinds";
import { armScheduledPurge } from "@/lib/content/scheduled-purge";
import { purgeTier } from "@/lib/platform/cache/tier-purge";

const kindTag = (kind: ContentKind) => `kind:${kind}`;

// When entries are published or scheduled. Any change to any entry invalidates it (every kind's
// tag), so it is recomputed only after changes, not per request.
const cachedSchedule = unstable_cache(() => loadPublicationSchedule(), ["publication-schedule"], {
  tags: CONTENT_KINDS.map(kindTag),
});

/**
 * Caches a public query across requests, tagged with every kind of entry it reads, so that a
 * change to any of them invalidates it, and with it every cached page that shows its result.
 * Results must be JSON-safe (see lib/content/types.ts).
 *
 * Scheduled entries appear on time without any job: the cache key includes the publication
 * epoch (the latest publication time reached, lib/content/publication-schedule.ts), which moves
 * the moment a scheduled entry's time comes.
 */
export function cachedQuery<Args extends unknown[], Result>(
  key: string,
  kinds: readonly ContentKind[],
  query: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const tags = kinds.map(kindTag);
  const run = (_epoch: number, ...args: Args) => query(...args);
  const cached = unstable_cache(run, [key], { tags });
  return async (...args: Args) => cached(publicationEpoch(await cachedSchedule(), Date.now()), ...args);
}

/**
 * Invalidates every cached query that reads any of these kinds, then every page the cache tier in
 * front keeps that shows any of them (lib/platform/cache/tier-purge.ts). The next request renders
 * fresh data (no stale-while-revalidate): an editor's change shows at once.
 */
export async function revalidateKinds(kinds: readonly ContentKind[]): Promise<void> {
  for (const kind of new Set(kinds)) revalidateTag(kindTag(kind), { expire: 0 });
  await purgeTier(kinds);
  // The change may have scheduled, moved or published an entry: the next purge's time moves too.
  void armScheduledPurge();
}
