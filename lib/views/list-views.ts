/**
 * The public list pages and the query parameters that select what they show. Every public page
 * is served from a cached render (lib/cache-handler), and a cached render has no query string:
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

/** Whether `list` is selected by the parameter `key`. */
export function listTakes(list: ListPath, key: string): boolean {
  return (LIST_VIEWS[list] as readonly string[]).includes(key);
}

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
 * Search is the one list whose selection is free text, and the one asked for most with a
 * selection. A query made of characters that a path segment carries as they are, and no longer
 * than MAX_VIEW_VALUE_LENGTH, is rewritten by next.config.ts straight to `/search/-/q=<query>`
 * without running proxy.ts (whose run costs about as much as serving the cached page). Any other
 * query (`%`, `/`, `?`, `#`, `\` or a control character in it, or longer) reaches proxy.ts, whose
 * matcher spells out the complement of this pattern; lib/views/list-views.test.ts checks that
 * the two split every query.
 */
export const PLAIN_SEARCH_PATTERN = `(?<q>[^%/?#\\\\\\x00-\\x1f\\x7f]{1,${MAX_VIEW_VALUE_LENGTH}})`;
const PLAIN_SEARCH_PREFIX = "q=";

/** The internal path of a plain search (PLAIN_SEARCH_PATTERN), as next.config.ts writes it. */
export const PLAIN_SEARCH_DESTINATION = `/search/-/${PLAIN_SEARCH_PREFIX}:q`;

/**
 * The other selection asked for most: a next page, `?page=N` and none of the list's other
 * parameters. A page number as written in links is rewritten by next.config.ts straight to
 * `<list>/-/page=N`, past proxy.ts; its matcher spells out the complement of this pattern for
 * any other value (checked by lib/views/list-views.test.ts).
 */
export const PLAIN_PAGE_PATTERN = "(?<page>[1-9][0-9]{0,5})";
const PLAIN_PAGE_PREFIX = "page=";

/** The internal path of a list's plain page (PLAIN_PAGE_PATTERN), as next.config.ts writes it. */
export function plainPageDestination(list: ListPath): string {
  return viewPath(list, `${PLAIN_PAGE_PREFIX}:page`);
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
  const keys = Object.keys(selected);
  if (keys.length === 0) return DEFAULT_VIEW;
  if (keys.length === 1 && keys[0] === "page" && PLAIN_PAGE.test(selected.page)) {
    return PLAIN_PAGE_PREFIX + selected.page;
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
  if (view.startsWith(PLAIN_SEARCH_PREFIX)) return { q: view.slice(PLAIN_SEARCH_PREFIX.length) };
  if (view.startsWith(PLAIN_PAGE_PREFIX)) return { page: view.slice(PLAIN_PAGE_PREFIX.length) };
  const json = view === DEFAULT_VIEW ? null : fromBase64Url(view);
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === "string"));
  } catch {
    return {};
  }
}

const PLAIN_SEARCH = new RegExp(`^${PLAIN_SEARCH_PATTERN}$`);
const PLAIN_PAGE = new RegExp(`^${PLAIN_PAGE_PATTERN}$`);

/**
 * Whether a URL of `list` is rewritten to this view (by next.config.ts or proxy.ts). Any other
 * view of a list (one typed by hand, another list's, extra or reordered parameters) would only
 * render a page that has a URL of its own, and cache it once more.
 */
export function isCanonicalView(list: ListPath, token: string): boolean {
  const view = unescaped(token);
  if (view === DEFAULT_VIEW) return true;
  if (view.startsWith(PLAIN_SEARCH_PREFIX)) {
    return list === "/search" && PLAIN_SEARCH.test(view.slice(PLAIN_SEARCH_PREFIX.length));
  }
  if (view.startsWith(PLAIN_PAGE_PREFIX)) {
    return listTakes(list, "page") && PLAIN_PAGE.test(view.slice(PLAIN_PAGE_PREFIX.length));
  }
  return viewToken(list, new URLSearchParams(viewParams(view))) === view;
}
