import "server-only";
import { buildChangesFeed } from "@/lib/changes/build-changes-feed";
import { cachedQuery } from "@/lib/content/cached-query";
import { listPublicChanges } from "@/lib/changes/list-public-changes";
import { CHANGES_FEED_PATH, CHANGES_PATH } from "@/lib/changes/paths";
import { FEED_CONTENT_TYPES } from "@/lib/feeds/feed-links";
import { serveFeed } from "@/lib/feeds/feed-response";
import { FEED_SIZE } from "@/lib/feeds/list-feed-entries";
import { toRepresentation } from "@/lib/http/conditional-response";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { CONTENT_KINDS } from "@/lib/kinds";

const c = t.changes.log;

/** The change log's RSS, rendered once per change to any entry: its newest changes. */
const renderChangesFeed = cachedQuery("changes:feed", CONTENT_KINDS, async () => {
  const { items } = await listPublicChanges({}, 1, FEED_SIZE);
  const channel = {
    title: c.feedTitle,
    description: c.feedDescription,
    homePath: CHANGES_PATH,
    feedPath: CHANGES_FEED_PATH,
  };
  // Each item never changes once made: the newest one dates the feed.
  return toRepresentation(
    buildChangesFeed(channel, items, siteOrigin()),
    items[0] ? new Date(items[0].at) : undefined,
  );
});

/** The change log's RSS as a response, served like the site's feeds. */
export function changesFeedResponse(request: Request): Promise<Response> {
  return serveFeed(request, "changes", FEED_CONTENT_TYPES.rss, renderChangesFeed);
}
