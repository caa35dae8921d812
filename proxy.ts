import { NextResponse, type NextRequest } from "next/server";
import { refuseUnreadableRequest } from "@/lib/http/request-guard";
import { nonceScriptPolicy } from "@/lib/http/script-policy";
import { CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";
import { isPagePath } from "@/lib/http/page-paths";
import { isKeptPath } from "@/lib/http/surrogate-keys";
import { outageResponse } from "@/lib/platform/outage/outage-response";

/**
 * Runs before every page: refuses what Next.js itself would answer with a 500
 * (lib/http/request-guard.ts); while the database is known to be out of reach, answers a page with
 * the outage page rather than a render that could only fail (the cache tier in front serves its
 * last good copy instead, README "Deploy at scale"); else gives the page its script nonce.
 */
export async function proxy(request: NextRequest) {
  const refused = await refuseUnreadableRequest(request, rawPathname(request.url));
  if (refused) return refused;
  // The matcher sends what is never a page here only for request-guard's cases.
  if (!isPagePath(request.nextUrl.pathname)) return NextResponse.next();
  return outageResponse(request) ?? withScriptNonce(request);
}

/**
 * Lets the page's own scripts run and no others: Next.js reads the nonce from the request's
 * policy and writes it on every script of the render. The browser gets it with the policy every
 * response carries, which this header replaces. A reader's page is the same for everyone: it says
 * so, rather than Next's `private, no-store` for a page rendered per request, so that the cache
 * tier may keep it and browsers may go back to it; browsers still ask again each time.
 */
function withScriptNonce(request: NextRequest): NextResponse {
  const policy = nonceScriptPolicy(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", `${CONTENT_SECURITY_POLICY}; ${policy}`);
  if (isKeptPath(request.nextUrl.pathname)) {
    response.headers.set("cache-control", "public, max-age=0, must-revalidate");
  }
  return response;
}

/** The path as the client sent it, escapes and all (nextUrl's may already be decoded). */
function rawPathname(url: string): string {
  return /^[a-z]+:\/\/[^/]*([^?#]*)/i.exec(url)?.[1] || "/";
}

export const config = {
  matcher: [
    // Every page: lib/http/page-paths.ts's isPagePath, literal here as Next reads it at build
    // time (lib/http/page-paths.test.ts holds the two together).
    "/((?!_next/|api/|feeds?/|feed\\.xml$|feed\\.json$|atom\\.xml$|changes/feed\\.xml$|[^/]+/[^/]+/feed\\.xml$|feeds\\.opml$|downloads/|og/|sitemap\\.xml$|robots\\.txt$|icon\\.svg$|.*/opengraph-image).*)",
    // lib/http/request-guard.ts's cases anywhere: a server action or a form post, and a path with
    // an escape that may not decode (%8x to %Fx, or a bare %).
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/:path(.*%(?:[89a-fA-F]|[0-9a-fA-F](?:[^0-9a-fA-F]|$)|[^0-9a-fA-F]|$).*)" },
  ],
};
