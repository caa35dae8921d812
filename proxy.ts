import { NextResponse, type NextRequest } from "next/server";
import { refuseUnreadableRequest } from "@/lib/http/request-guard";
import { nonceScriptPolicy } from "@/lib/http/script-policy.mjs";
import { CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";
import { isListPath, viewPath, viewToken } from "@/lib/views/list-views";

/**
 * The pages rendered for each request rather than kept (the admin, the change log, the report
 * form): the only ones whose scripts a nonce can vouch for. A kept render's scripts are allowed
 * by hash instead (lib/platform/cache/cache-handler.mjs).
 */
const PER_REQUEST_PAGE = /^\/(?:admin(?:\/|$)|changes$|report$)/;

/**
 * Serves a list page asked for with a selection (`/timeline?kind=MODEL&page=2`) from the cached
 * render of that view (lib/views/list-views.ts). The browser keeps the URL it asked for. Gives a
 * page rendered for this request its script nonce. First refuses what Next.js itself would answer
 * with a 500 (lib/http/request-guard.ts).
 */
export async function proxy(request: NextRequest) {
  const refused = await refuseUnreadableRequest(request, rawPathname(request.url));
  if (refused) return refused;
  const { pathname, searchParams } = request.nextUrl;
  if (PER_REQUEST_PAGE.test(pathname)) return withScriptNonce(request);
  if (!isListPath(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = viewPath(pathname, viewToken(pathname, searchParams));
  return NextResponse.rewrite(url);
}

/**
 * Lets the page's own scripts run and no others: Next.js reads the nonce from the request's
 * policy and writes it on every script of the render. The browser gets it with the policy every
 * response carries, which this header replaces.
 */
function withScriptNonce(request: NextRequest): NextResponse {
  const policy = nonceScriptPolicy(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", `${CONTENT_SECURITY_POLICY}; ${policy}`);
  return response;
}

/** The path as the client sent it, escapes and all (nextUrl's may already be decoded). */
function rawPathname(url: string): string {
  return /^[a-z]+:\/\/[^/]*([^?#]*)/i.exec(url)?.[1] || "/";
}

// Only requests that carry one of a list's parameters reach the proxy; a plain `/models`, a search
// for plain text and a plain page number alone are rewritten by next.config.ts without running
// any code. Literal, as Next reads it at build time; lib/views/list-views.test.ts checks it
// against LIST_VIEWS.
export const config = {
  // `page` reaches the proxy only with a value other than PLAIN_PAGE_PATTERN's (a plain one, only
  // when another of the list's parameters comes with it, which that parameter's entry catches).
  matcher: [
    { source: "/models", has: [{ type: "query", key: "category" }] },
    { source: "/models", has: [{ type: "query", key: "license" }] },
    { source: "/models", has: [{ type: "query", key: "openWeights" }] },
    { source: "/models", has: [{ type: "query", key: "page", value: "(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
    { source: "/funding", has: [{ type: "query", key: "page", value: "(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
    {
      source: "/partnerships",
      has: [{ type: "query", key: "page", value: "(?![1-9][0-9]{0,5}$)[\\s\\S]*" }],
    },
    { source: "/people", has: [{ type: "query", key: "page", value: "(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
    { source: "/products", has: [{ type: "query", key: "page", value: "(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
    { source: "/sources", has: [{ type: "query", key: "page", value: "(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
    { source: "/timeline", has: [{ type: "query", key: "kind" }] },
    { source: "/timeline", has: [{ type: "query", key: "year" }] },
    { source: "/timeline", has: [{ type: "query", key: "page", value: "(?![1-9][0-9]{0,5}$)[\\s\\S]*" }] },
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
    // PER_REQUEST_PAGE's pages.
    { source: "/admin/:path*" },
    { source: "/changes" },
    { source: "/report" },
    // lib/http/request-guard.ts's cases: a server action or a form post, and a path with an
    // escape that may not decode (%8x to %Fx, or a bare %).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/:path(.*%(?:[89a-fA-F]|[0-9a-fA-F](?:[^0-9a-fA-F]|$)|[^0-9a-fA-F]|$).*)" },
  ],
};
