import type { Metadata } from "next";
import { t } from "@/lib/i18n";

export type FeedFormat = "rss" | "atom" | "json";

/** The site's feeds cover every dated kind; each scope below has feeds of its own. */
export type FeedScope = "site" | "models" | "funding" | "partnerships" | "events";
export type KindFeedScope = Exclude<FeedScope, "site">;

const FILE_NAMES: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

/** Where a feed lives: the site's at the root (`/feed.xml`), a kind's under `/feeds/<scope>/`. */
export function feedPath(scope: FeedScope, format: FeedFormat): string {
  return scope === "site" ? `/${FILE_NAMES[format]}` : `/feeds/${scope}/${FILE_NAMES[format]}`;
}

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/**
 * `<link rel="alternate">` entries for a page's `<head>`: the site's feeds always, plus the
 * feeds of the kind the page shows (Next.js replaces `alternates` wholesale per page, so every
 * page's metadata must carry the site feeds too).
 */
export function feedAlternateTypes(scope?: KindFeedScope): AlternateTypes {
  const scopes: FeedScope[] = scope ? ["site", scope] : ["site"];
  const types: AlternateTypes = {};
  for (const format of ["rss", "atom", "json"] as const) {
    types[FEED_MEDIA_TYPES[format]] = scopes.map((s) => ({
      url: feedPath(s, format),
      title: s === "site" ? t.feeds[format] : `${t.feeds.scopes[s]} · ${t.feeds[format]}`,
    }));
  }
  return types;
}
