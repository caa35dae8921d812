// What the cache tier in front (deploy/varnish, or a CDN that purges by surrogate key) may keep,
// and under which keys, as response headers that next.config.ts gives each public path. No
// imports but lib/kinds (itself import-free): next.config.ts reads it at build time.
import { CONTENT_KINDS, KINDS, shownKinds } from "../kinds";

/** The key every kept response carries: purging it empties the tier (a deployment, a schedule). */
export const SITE_KEY = "site";

/**
 * How long the tier may keep a response without a purge. Every change purges what it touched
 * (lib/platform/cache/tier-purge.ts), so this only bounds what a lost purge could leave behind.
 */
export const SURROGATE_MAX_AGE_SECONDS = 24 * 60 * 60;

/**
 * Every public path: all but the admin, sign-in, the health check (the tier's probe), the report
 * form (its page holds the form's session-free anti-abuse fields for one reader) and the
 * framework's own files (which say themselves how long they keep).
 */
const PUBLIC_PATH = "(?!admin(?:/|$)|api/auth/|api/health$|report$|_next/).*";
const PUBLIC_PATH_PATTERN = new RegExp(`^/${PUBLIC_PATH}$`);

/** Whether the tier may keep what this path answers (proxy.ts tells browsers so, too). */
export const isKeptPath = (pathname: string) => PUBLIC_PATH_PATTERN.test(pathname);

const keys = (kinds: readonly string[]) => ({
  key: "Surrogate-Key",
  value: [SITE_KEY, ...new Set(kinds)].join(" "),
});

/** The paths that show one kind of entry (with what it shows), each by its own rule. */
function kindPaths(kind: (typeof KINDS)[number]): string[] {
  return [
    ...("list" in kind.page ? [kind.page.list, `${kind.page.list}/:path*`] : []),
    ...("feedScope" in kind ? [`/feeds/${kind.feedScope}/:file`] : []),
    `/api/v1/${kind.apiResource}`,
    `/api/v1/${kind.apiResource}/:slug`,
  ];
}

/**
 * next.config.ts `headers()` rules: every public response may be kept for a day under the site's
 * key and every kind's (the home page, the timeline, search, the site's feeds, the change log, a
 * page not found that a publication may create); then, as later rules win, a kind's own paths
 * under the kinds they show only, so that a change elsewhere leaves them kept. `Surrogate-Control`
 * is for the tier alone (it takes precedence there over `Cache-Control`, which tells browsers to
 * ask again each time).
 */
export function surrogateHeaderRules() {
  return [
    {
      source: `/(${PUBLIC_PATH})`,
      headers: [
        { key: "Surrogate-Control", value: `max-age=${SURROGATE_MAX_AGE_SECONDS}` },
        keys(CONTENT_KINDS),
      ],
    },
    ...KINDS.flatMap((kind) =>
      kindPaths(kind).map((source) => ({ source, headers: [keys(shownKinds(kind))] })),
    ),
  ];
}
