import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { buildFeed } from "@/lib/feeds/build-feed";
import { type FeedFormat, type FeedScope } from "@/lib/feeds/feed-files";
import { feedCacheKinds, feedChangedAt } from "@/lib/feeds/feed-changed-at";
import { FEED_CONTENT_TYPES } from "@/lib/feeds/feed-links";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/platform/db/unavailable";
import { listFeedEntries } from "@/lib/feeds/list-feed-entries";
import { LICENCE_LINK_HEADER } from "@/lib/content/data-licence";
import { conditionalResponse, toRepresentation, type Representation } from "@/lib/http/conditional-response";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { KIND_FEED_SCOPES } from "@/lib/kinds";

type RenderFeed = (format: FeedFormat) => Promise<Representation>;

/**
 * Each feed rendered once per format, with its ETag and Last-Modified, until an entry of a kind
 * it shows (or a source) changes: a request is then a cache read and a header compare. Both
 * validators come from the content alone (its bytes, its newest change), so the cached response
 * served without a validator (lib/feeds/feed-files.ts) and this handler's answer to a
 * conditional request agree, on every instance.
 */
const renderFeed = Object.fromEntries(
  (["site", ...KIND_FEED_SCOPES] as const).map((scope) => [
    scope,
    cachedQuery(`feeds:${scope}`, feedCacheKinds(scope), async (format: FeedFormat) => {
      const entries = await listFeedEntries(scope);
      // SITE_URL, else the default origin: never the request's, which the cached response
      // served without a validator cannot know (it is rendered once for every reader).
      const origin = siteOrigin();
      return toRepresentation(buildFeed(scope, format, entries, origin), await feedChangedAt(scope, entries));
    }),
  ]),
) as Record<FeedScope, RenderFeed>;

/**
 * The HTTP response for one feed; a publish shows on the very next request. While the database
 * is out of reach, a feed without a render to serve is a 503 that tells readers when to retry
 * (and that the cache handler never keeps).
 */
export function feedResponse(request: Request, scope: FeedScope, format: FeedFormat): Promise<Response> {
  return serveFeed(request, `${scope}/${format}`, FEED_CONTENT_TYPES[format], () =>
    renderFeed[scope](format),
  );
}

/**
 * Serves a feed's cached representation: 304 to a reader who has it, the whole feed otherwise,
 * 404 when the render finds nothing to follow (an entry readers cannot see), a 503 with when to
 * retry while the database is out of reach and nothing is cached.
 */
export async function serveFeed(
  request: Request,
  name: string,
  contentType: string,
  render: () => Promise<Representation | null>,
): Promise<Response> {
  let feed: Representation | null;
  try {
    feed = await render();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.warn(`Feed ${name}: the database is unavailable`);
    return new Response(t.feeds.unavailable, {
      status: 503,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Cache-Control": "no-store",
        "Retry-After": String(RETRY_AFTER_SECONDS),
      },
    });
  }
  if (!feed) return feedNotFound();
  return conditionalResponse(request, feed, {
    contentType,
    cacheControl: "public, max-age=0, must-revalidate",
    // Web-based feed readers fetch feeds from their own pages.
    headers: { "Access-Control-Allow-Origin": "*", Link: LICENCE_LINK_HEADER },
  });
}

/** The answer for a feed's URL that names no feed (or no entry readers can see). */
export function feedNotFound(): Response {
  return new Response(t.notFound.title, {
    status: 404,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
}
