import { getEnv } from "@/lib/env";

/** SITE_URL without a trailing slash, when it is set. */
export function configuredOrigin(): string | undefined {
  return getEnv().SITE_URL?.replace(/\/+$/, "");
}

// Proxies may append to a forwarded header: "https, http".
function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0].trim() || undefined;
}

/**
 * The origin a request came in on, as a proxy forwards it or from its Host header. Only used
 * without SITE_URL (which production should set): Next.js gives route handlers a request.url
 * on localhost whatever host the client asked for.
 */
export function originFromHeaders(headers: Headers): string | undefined {
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  if (!host) return undefined;
  return `${firstValue(headers.get("x-forwarded-proto")) ?? "http"}://${host}`;
}

/** The public origin for absolute links: SITE_URL when set, else the request's own origin. */
export function siteOrigin(request?: Request): string {
  return (
    configuredOrigin() ??
    (request ? (originFromHeaders(request.headers) ?? new URL(request.url).origin) : "http://localhost:3000")
  );
}
