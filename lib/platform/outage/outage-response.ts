import { CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";
import { outagePageHtml } from "@/lib/platform/outage/outage-page";
import { databaseOutageSince, RETRY_AFTER_SECONDS } from "@/lib/platform/outage/outage-state";

let page: string | undefined;

/**
 * The answer to a reader's page while this process knows the database to be out of reach (a
 * query found it so, lib/platform/db/unavailable.ts, until the probe finds it back): the outage
 * page with 503 and Retry-After, at once, rather than a render that would wait on the database and
 * fail. Never kept by a cache. A client-side navigation gets the status alone, and the browser then
 * loads the page in full. The admin is left to answer for itself (its forms say what happened and
 * keep what was typed). Null when the page should be rendered.
 */
export function outageResponse(request: Request): Response | null {
  if (databaseOutageSince() === null) return null;
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (/^\/admin(?:\/|$)/.test(new URL(request.url).pathname)) return null;
  page ??= outagePageHtml();
  return new Response(request.headers.has("rsc") ? null : page, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      "Content-Security-Policy": `${CONTENT_SECURITY_POLICY}; script-src 'none'`,
    },
  });
}
