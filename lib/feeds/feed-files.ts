// Where the feeds live. next.config.ts reads it too, hence the relative import of lib/kinds,
// which has no imports of its own.
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
 * The feed a `<scope>/<file>` pair names (`site/feed.xml`, `models/atom.xml`), or null. With
 * `kindsOnly`, the site's own scope is not one (its feeds are not under `/feeds/`).
 */
export function parseFeedPath(
  scope: string,
  file: string,
  { kindsOnly = false }: { kindsOnly?: boolean } = {},
): { scope: FeedScope; format: FeedFormat } | null {
  const scopes: readonly FeedScope[] = kindsOnly ? KIND_FEED_SCOPES : ["site", ...KIND_FEED_SCOPES];
  const feedScope = scopes.find((s) => s === scope);
  const format = FEED_FORMATS.find((f) => FILE_NAMES[f] === file);
  return feedScope && format ? { scope: feedScope, format } : null;
}

/**
 * A feed asked for without a validator (a first fetch, a browser) is served from its cached
 * render at `/feeds/-/<scope>/<file>` (next.config.ts rewrites it there). A feed reader's
 * conditional request reaches the feed's route handler instead, which answers 304 when nothing
 * changed: a cached render cannot (Next.js sends it whole).
 */
export const UNCONDITIONAL_FEED_REWRITES = [
  ...FEED_FORMATS.map((format) => ({
    source: feedPath("site", format),
    scope: "site",
    file: FILE_NAMES[format],
  })),
  { source: `/feeds/:scope(${KIND_FEED_SCOPES.join("|")})/:file`, scope: ":scope", file: ":file" },
].map(({ source, scope, file }) => ({
  source,
  missing: [
    { type: "header" as const, key: "if-none-match" },
    { type: "header" as const, key: "if-modified-since" },
  ],
  destination: `/feeds/-/${scope}/${file}`,
}));
