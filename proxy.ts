import { NextResponse, type NextRequest } from "next/server";
import { isListPath, viewPath, viewToken } from "@/lib/views/list-views";

/**
 * Serves a list page asked for with a selection (`/timeline?kind=MODEL&page=2`) from the cached
 * render of that view (lib/views/list-views.ts). The browser keeps the URL it asked for.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (!isListPath(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = viewPath(pathname, viewToken(pathname, searchParams));
  return NextResponse.rewrite(url);
}

// Only requests that carry one of a list's parameters reach the proxy; a plain `/models`, and a
// search for plain text, are rewritten by next.config.ts without running any code. Literal, as
// Next reads it at build time; lib/views/list-views.test.ts checks it against LIST_VIEWS.
export const config = {
  matcher: [
    { source: "/models", has: [{ type: "query", key: "category" }] },
    { source: "/models", has: [{ type: "query", key: "license" }] },
    { source: "/models", has: [{ type: "query", key: "openWeights" }] },
    { source: "/models", has: [{ type: "query", key: "page" }] },
    { source: "/funding", has: [{ type: "query", key: "page" }] },
    { source: "/partnerships", has: [{ type: "query", key: "page" }] },
    { source: "/people", has: [{ type: "query", key: "page" }] },
    { source: "/products", has: [{ type: "query", key: "page" }] },
    { source: "/sources", has: [{ type: "query", key: "page" }] },
    { source: "/timeline", has: [{ type: "query", key: "kind" }] },
    { source: "/timeline", has: [{ type: "query", key: "year" }] },
    { source: "/timeline", has: [{ type: "query", key: "page" }] },
    // Only a search that is not plain text: the complement of PLAIN_SEARCH_PATTERN (written with
    // \x escapes: the build drops a matcher value with \u ones, and the proxy then runs for all).
    {
      source: "/search",
      has: [
        {
          type: "query",
          key: "q",
          value: "(?:[\\s\\S]*[%/?#\\\\\\x00-\\x1f\\x7f][\\s\\S]*|[\\s\\S]{121,})",
        },
      ],
    },
  ],
};
