import "server-only";
import { buildFeed, FEED_CONTENT_TYPES, type FeedFormat } from "@/lib/feeds/build-feed";
import { listFeedEntries } from "@/lib/feeds/list-feed-entries";
import { siteOrigin } from "@/lib/site-origin";

/** The HTTP response for one of the site's feeds. */
export async function feedResponse(request: Request, format: FeedFormat): Promise<Response> {
  const body = buildFeed(format, await listFeedEntries(), siteOrigin(request));
  return new Response(body, {
    headers: {
      "Content-Type": FEED_CONTENT_TYPES[format],
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
}
