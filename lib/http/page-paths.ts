/**
 * What is never a page: the framework's files, feeds (an entry's beside its page:
 * `/<list>/<slug>/feed.xml`) and the OPML file of them, the API, downloads, images, the sitemap.
 * Such answers carry no script nonce, and an outage is theirs to tell in their own format.
 */
const NOT_A_PAGE =
  /^\/(?:_next\/|api\/|feeds?\/|feed\.(?:xml|json)$|atom\.xml$|changes\/feed\.xml$|[^/]+\/[^/]+\/feed\.xml$|feeds\.opml$|downloads\/|og\/|sitemap\.xml$|robots\.txt$|icon\.svg$|.*\/opengraph-image)/;

/** Whether a path is a page (proxy.ts gives it a script nonce, or the outage page). */
export const isPagePath = (pathname: string) => !NOT_A_PAGE.test(pathname);
