import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import type { EntryKind } from "@/lib/content/types";

/** Kinds a cached query can depend on: every entry kind, plus sources. */
export type CacheKind = EntryKind | "SOURCE";

const kindTag = (kind: CacheKind) => `kind:${kind}`;

/**
 * Caches a public query across requests, tagged with every kind of entry it reads, so that a
 * change to any of them invalidates it. Results must be JSON-safe (see lib/content/types.ts).
 */
export function cachedQuery<Args extends unknown[], Result>(
  key: string,
  kinds: readonly CacheKind[],
  query: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return unstable_cache(query, [key], { tags: kinds.map(kindTag) });
}

/**
 * Invalidates every cached query that reads any of these kinds. The next request renders
 * fresh data (no stale-while-revalidate): an editor's change shows at once.
 */
export function revalidateKinds(kinds: readonly CacheKind[]): void {
  for (const kind of new Set(kinds)) revalidateTag(kindTag(kind), { expire: 0 });
}
