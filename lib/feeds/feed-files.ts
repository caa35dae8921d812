// Where the feeds live. Relative import of lib/kinds, which has no imports of its own, so that
// this module has none beyond it either.
import { KIND_FEED_SCOPES, type KindFeedScope } from "../kinds";

export type FeedFormat = "rss" | "atom" | "json";
export const FEED_FORMATS: readonly FeedFormat[] = ["rss", "atom", "json"];

/** The site's feeds cover every dated kind; each scope below has feeds of its own. */
export type FeedScope = "site" | KindFeedScope;

const FILE_NAMES: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

/** Where a feed lives: the site's at the root (`/feed.xml`), a kind's under `/feeds/<scope>/`. */
export function feedPath(scope: FeedScope, format: FeedFormat): string {
  return scope === "site" ? `/${FILE_NAMES[format]}` : `/feeds/${scope}/${FILE_NAMES[format]}`;
}

/**
 * The kind's feed a `/feeds/<scope>/<file>` path names (`models/atom.xml`), or null. The site's own
 * feeds are not under `/feeds/`.
 */
export function parseKindFeedPath(
  scope: string,
  file: string,
): { scope: KindFeedScope; format: FeedFormat } | null {
  const feedScope = KIND_FEED_SCOPES.find((s) => s === scope);
  const format = FEED_FORMATS.find((f) => FILE_NAMES[f] === file);
  return feedScope && format ? { scope: feedScope, format } : null;
}
