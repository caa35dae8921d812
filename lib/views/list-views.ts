/**
 * The public list pages and the query parameters that select what they show. Every public page
 * is served from a cached render (lib/platform/cache), and a cached render has no query string:
 * so `/models?category=LLM` is rendered as `/models/-/category=LLM`, one cached view per distinct
 * selection. `proxy.ts` makes that rewrite when a parameter is present, next.config.ts the plain
 * `/models` → `/models/-/-` one.
 */
export const LIST_VIEWS = {
  "/": [],
  "/models": ["category", "license", "openWeights", "page"],
  "/funding": ["page"],
  "/partnerships": ["page"],
  "/people": ["page"],
  "/products": ["page"],
  "/sources": ["page"],
  "/timeline": ["kind", "year", "page"],
  "/search": ["q"],
} as const satisfies Record<string, readonly string[]>;

export type ListPath = keyof typeof LIST_VIEWS;

/** The view of a list with none of its parameters given. */
export const DEFAULT_VIEW = "-";

export function isListPath(path: string): path is ListPath {
  return Object.hasOwn(LIST_VIEWS, path);
}

// Tokens are base64url: a path segment that needs no escaping, which Next.js would hand to the
// page escaped or not depending on the route.
function toBase64Url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join("");
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(token: string): string | null {
  try {
    const binary = atob(token.replaceAll("-", "+").replaceAll("_", "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * Longest value a view keeps. No list needs more (search reads 100 characters, and tells the
 * reader when there were more), and a view's token must fit in one path segment.
 */
export const MAX_VIEW_VALUE_LENGTH = 120;

/**
 * The selections asked for most name one parameter with a value that a path segment carries as
 * it is: a search for plain text, or a next page (`?page=N` and none of the list's other
 * parameters). Their view is `<key>=<value>`, and next.config.ts rewrites such a request straight
 * to it (plainViewRewrites) without running proxy.ts, whose run costs about as much as serving
 * the cached page. Any other value (a search with `%`, `/`, `?`, `#`, `\` or a control character,
 * or longer than MAX_VIEW_VALUE_LENGTH; a page not written as links write it) reaches proxy.ts,
 * whose matcher spells out the complement of these patterns; lib/views/list-views.test.ts checks
 * that the two split every value.
 */
export const PLAIN_SEARCH_PATTERN = `(?<q>[^%/?#\\\\\\x00-\\x1f\\x7f]{1,${MAX_VIEW_VALUE_LENGTH}})`;
export const PLAIN_PAGE_PATTERN = "(?<page>[1-9][0-9]{0,5})";

/** Each plain parameter's pattern, its capture named as the parameter. */
const PLAIN_VALUE_PATTERNS: Record<string, string> = { q: PLAIN_SEARCH_PATTERN, page: PLAIN_PAGE_PATTERN };
const PLAIN_VALUES = new Map(
  Object.entries(PLAIN_VALUE_PATTERNS).map(([key, pattern]) => [key, new RegExp(`^${pattern}$`)]),
);

/** next.config.ts's rewrites of every list's plain selections to their views. */
export function plainViewRewrites() {
  return (Object.keys(LIST_VIEWS) as ListPath[]).flatMap((list) =>
    LIST_VIEWS[list]
      .filter((key) => PLAIN_VALUES.has(key))
      .map((key) => ({
        source: list,
        has: [{ type: "query" as const, key, value: PLAIN_VALUE_PATTERNS[key] }],
        missing: LIST_VIEWS[list]
          .filter((other) => other !== key)
          .map((other) => ({ type: "query" as const, key: other })),
        destination: viewPath(list, `${key}=:${key}`),
      })),
  );
}

/**
 * A view as the page is given it: Next.js escapes some routes' params and not others. No view
 * holds a `%` of its own (tokens are base64url, plain search text has none), so one is an escape.
 */
function unescaped(view: string): string {
  if (!view.includes("%")) return view;
  try {
    return decodeURIComponent(view);
  } catch {
    return view;
  }
}

/**
 * The view token for a request's query: the list's own parameters with a value, in a fixed
 * order (so equal selections share one cached render), anything else dropped. A parameter given
 * twice counts with its last value, as next.config.ts rewrites read it.
 */
export function viewToken(list: ListPath, query: URLSearchParams): string {
  const selected: Record<string, string> = {};
  for (const key of LIST_VIEWS[list]) {
    const value = query.getAll(key).at(-1);
    if (value) selected[key] = Array.from(value).slice(0, MAX_VIEW_VALUE_LENGTH).join("");
  }
  const entries = Object.entries(selected);
  if (entries.length === 0) return DEFAULT_VIEW;
  if (entries.length === 1) {
    const [[key, value]] = entries;
    if (PLAIN_VALUES.get(key)?.test(value)) return `${key}=${value}`;
  }
  return toBase64Url(JSON.stringify(selected));
}

/** The internal path that renders `list` with the view `token`. */
export function viewPath(list: ListPath, token: string): string {
  return `${list === "/" ? "" : list}/-/${token}`;
}

/**
 * The parameters a view token stands for, as a page's searchParams would hold them. A token
 * that stands for nothing is the default view (see isCanonicalView).
 */
export function viewParams(token: string): Record<string, string> {
  const view = unescaped(token);
  // A plain view: base64url never holds "=".
  const equals = view.indexOf("=");
  if (equals >= 0) {
    const key = view.slice(0, equals);
    return PLAIN_VALUES.has(key) ? { [key]: view.slice(equals + 1) } : {};
  }
  const json = view === DEFAULT_VIEW ? null : fromBase64Url(view);
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === "string"));
  } catch {
    return {};
  }
}

/**
 * Whether a URL of `list` is rewritten to this view (by next.config.ts or proxy.ts). Any other
 * view of a list (one typed by hand, another list's, extra or reordered parameters) would only
 * render a page that has a URL of its own, and cache it once more.
 */
export function isCanonicalView(list: ListPath, token: string): boolean {
  const view = unescaped(token);
  return view === DEFAULT_VIEW || viewToken(list, new URLSearchParams(viewParams(view))) === view;
}
