import "server-only";
import { cachedQuery } from "@/lib/cache";
import { buildFeed } from "@/lib/feeds/build-feed";
import { KIND_FEED_SCOPES, type FeedFormat, type FeedScope } from "@/lib/feeds/feed-files";
import { FEED_CONTENT_TYPES, FEED_SCOPE_KINDS } from "@/lib/feeds/feed-links";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/unavailable";
import { listFeedEntries } from "@/lib/feeds/list-feed-entries";
import { conditionalResponse, toRepresentation, type Representation } from "@/lib/http/conditional-response";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";

type RenderFeed = (format: FeedFormat, origin: string) => Promise<Representation>;

/**
 * Each feed rendered once per format and origin, with its ETag, until an entry of a kind it
 * shows (or a source) changes: a request is then a cache read and a header compare. A feed is
 * rendered only after such a change (or a scheduled entry's time), so its render time serves
 * as Last-Modified: never earlier than any change it shows, and never going backwards.
 */
const renderFeed = Object.fromEntries(
  (["site", ...KIND_FEED_SCOPES] as const).map((scope) => [
    scope,
    cachedQuery(
      `feeds:${scope}`,
      [...FEED_SCOPE_KINDS[scope], "SOURCE"],
      async (format: FeedFormat, origin: string) =>
        toRepresentation(buildFeed(scope, format, await listFeedEntries(scope), origin), new Date()),
    ),
  ]),
) as Record<FeedScope, RenderFeed>;

/**
 * The HTTP response for one feed; a publish shows on the very next request. While the database
 * is out of reach, a feed without a render to serve is a 503 that tells readers when to retry
 * (and that the cache handler never keeps).
 */
export async function feedResponse(
  request: Request,
  scope: FeedScope,
  format: FeedFormat,
): Promise<Response> {
  let feed: Representation;
  try {
    feed = await renderFeed[scope](format, siteOrigin(request));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.warn(`Feed ${scope}/${format}: the database is unavailable`);
    return new Response(t.feeds.unavailable, {
      status: 503,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": String(RETRY_AFTER_SECONDS),
      },
    });
  }
  return conditionalResponse(request, feed, {
    contentType: FEED_CONTENT_TYPES[format],
    cacheControl: "public, max-age=0, must-revalidate",
  });
}

/** The answer for a URL under `/feeds/` that names no feed. */
export function feedNotFound(): Response {
  return new Response(t.notFound.title, {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
}
