import type { Metadata } from "next";
import { FEED_FORMATS, feedPath, type FeedFormat, type FeedScope } from "@/lib/feeds/feed-files";
import { t } from "@/lib/i18n";
import { DATED_KINDS, KINDS, type DatedKind, type Kind, type KindFeedScope } from "@/lib/kinds";

/** The kinds of entry each feed carries. */
export const FEED_SCOPE_KINDS = {
  site: DATED_KINDS,
  ...Object.fromEntries(
    KINDS.flatMap((kind) => ("feedScope" in kind && kind.dated ? [[kind.feedScope, [kind.code]]] : [])),
  ),
} as Record<FeedScope, readonly DatedKind[]>;

/** The page a feed mirrors: its channel link and its id. */
export const FEED_HOME_PATHS = {
  site: "/",
  ...Object.fromEntries(
    KINDS.flatMap((kind) =>
      "feedScope" in kind
        ? [[kind.feedScope, ("feedHome" in kind ? kind.feedHome : undefined) ?? listPath(kind)]]
        : [],
    ),
  ),
} as Record<FeedScope, string>;

function listPath(kind: Kind): string {
  return kind.page.type === "home-section" ? "/" : kind.page.list;
}

export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

/** The OPML file of every feed the site has, which feed readers import at once, and its type. */
export const OPML_PATH = "/feeds.opml";
export const OPML_MEDIA_TYPE = "text/x-opml";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: `${FEED_MEDIA_TYPES.rss}; charset=utf-8`,
  atom: `${FEED_MEDIA_TYPES.atom}; charset=utf-8`,
  json: `${FEED_MEDIA_TYPES.json}; charset=utf-8`,
};

/** A feed's name for readers, e.g. "RSS 订阅" or "模型 · RSS 订阅". */
export function feedTitle(scope: FeedScope, format: FeedFormat): string {
  return scope === "site" ? t.feeds[format] : `${t.feeds.scopes[scope]} · ${t.feeds[format]}`;
}

type AlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

/** A feed named in a page's `<head>`. */
export interface FeedAlternate {
  url: string;
  title: string;
}

/**
 * `<link rel="alternate">` entries for a page's `<head>`: the site's feeds and the OPML file of
 * every feed always, plus the feeds of the kind the page shows (Next.js replaces `alternates`
 * wholesale per page, so every page's metadata must carry the site feeds too), and any other RSS
 * feed of the page's own.
 */
export function feedAlternateTypes(scope?: KindFeedScope, moreRss: FeedAlternate[] = []): AlternateTypes {
  const scopes: FeedScope[] = scope ? ["site", scope] : ["site"];
  const types: AlternateTypes = {};
  for (const format of FEED_FORMATS) {
    types[FEED_MEDIA_TYPES[format]] = [
      ...scopes.map((s) => ({ url: feedPath(s, format), title: feedTitle(s, format) })),
      ...(format === "rss" ? moreRss : []),
    ];
  }
  types[OPML_MEDIA_TYPE] = [{ url: OPML_PATH, title: t.feeds.opml.title }];
  return types;
}
