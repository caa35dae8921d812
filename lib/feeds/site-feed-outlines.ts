import { CHANGES_FEED_PATH, CHANGES_PATH } from "@/lib/changes/paths";
import { entryPath } from "@/lib/content/paths";
import type { OpmlFeed, OpmlGroup } from "@/lib/feeds/build-opml";
import { ENTRY_FEED_KINDS, entryFeedPath } from "@/lib/feeds/entry-feed-paths";
import { FEED_FORMATS, feedPath, type FeedScope } from "@/lib/feeds/feed-files";
import { FEED_HOME_PATHS, feedTitle } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import { KIND_FEED_SCOPES, type PageKind } from "@/lib/kinds";

/** A published entry with a feed of its own. */
export interface EntryFeedListing {
  kind: PageKind;
  slug: string;
  title: string;
}

/**
 * Every feed the site has, grouped as the OPML file lists them: the site's in every format, each
 * kind's, the change log's, and every published entry's under its kind. `origin` has no trailing
 * slash.
 */
export function siteFeedOutlines(origin: string, entries: readonly EntryFeedListing[]): OpmlGroup[] {
  const feed = (text: string, xmlPath: string, htmlPath: string): OpmlFeed => ({
    text,
    xmlUrl: `${origin}${xmlPath}`,
    htmlUrl: `${origin}${htmlPath}`,
  });
  const scopeFeeds = (scope: FeedScope) =>
    FEED_FORMATS.map((format) =>
      feed(feedTitle(scope, format), feedPath(scope, format), FEED_HOME_PATHS[scope]),
    );
  const o = t.feeds.opml;
  const entryGroups = ENTRY_FEED_KINDS.map((kind) => ({
    text: t.enums.kind[kind.code],
    outlines: entries
      .filter((entry) => entry.kind === kind.code)
      .map((entry) =>
        feed(
          t.changes.log.entryFeedTitle(t.enums.kind[kind.code], entry.title),
          entryFeedPath(kind.code, entry.slug),
          entryPath(kind.code, entry.slug),
        ),
      ),
  }));
  return [
    { text: o.site, outlines: scopeFeeds("site") },
    { text: o.byKind, outlines: KIND_FEED_SCOPES.flatMap(scopeFeeds) },
    { text: o.changes, outlines: [feed(t.changes.log.feedTitle, CHANGES_FEED_PATH, CHANGES_PATH)] },
    { text: o.entries, outlines: entryGroups.filter((group) => group.outlines.length > 0) },
  ];
}
