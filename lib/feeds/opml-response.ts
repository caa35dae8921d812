import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { entryTable } from "@/lib/content/entry-table";
import { publishedWhere } from "@/lib/content/published";
import { buildOpml } from "@/lib/feeds/build-opml";
import { ENTRY_FEED_KINDS } from "@/lib/feeds/entry-feed-paths";
import { OPML_MEDIA_TYPE } from "@/lib/feeds/feed-links";
import { serveFeed } from "@/lib/feeds/feed-response";
import { siteFeedOutlines, type EntryFeedListing } from "@/lib/feeds/site-feed-outlines";
import { toRepresentation } from "@/lib/http/conditional-response";
import { t } from "@/lib/i18n";
import { prisma } from "@/lib/platform/db";
import { siteOrigin } from "@/lib/site-origin";

/** Every published entry with a feed of its own, each kind in its own order. */
async function listEntryFeeds(): Promise<EntryFeedListing[]> {
  const where = publishedWhere();
  const perKind = await Promise.all(
    ENTRY_FEED_KINDS.map(async (kind) => {
      const rows = await entryTable(prisma, kind.model).findMany({
        where,
        select: { slug: true, [kind.title]: true },
        orderBy: [...kind.order],
      });
      return rows.map((row) => ({ kind: kind.code, slug: String(row.slug), title: String(row[kind.title]) }));
    }),
  );
  return perKind.flat();
}

/** The OPML file, rendered once per change to an entry with a feed (it may add or remove one). */
const renderOpml = cachedQuery(
  "feeds:opml",
  ENTRY_FEED_KINDS.map((kind) => kind.code),
  async () =>
    toRepresentation(buildOpml(t.feeds.opml.title, siteFeedOutlines(siteOrigin(), await listEntryFeeds()))),
);

/** The OPML file as a response, validated and served like the feeds it lists. */
export function opmlResponse(request: Request): Promise<Response> {
  return serveFeed(request, "opml", `${OPML_MEDIA_TYPE}; charset=utf-8`, renderOpml);
}
