import { getEnv } from "@/lib/env";

/** SITE_URL without a trailing slash, when it is set. */
export function configuredOrigin(): string | undefined {
  return getEnv().SITE_URL?.replace(/\/+$/, "");
}

// Proxies may append to a forwarded header: "https, http".
function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0].trim() || undefined;
}

/** A host name or address with an optional port, and nothing else a client might slip in. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The origin a request came in on, from its Host header, or as a trusted proxy forwards it
 * (X-Forwarded-Host and -Proto count only where TRUSTED_PROXIES says a proxy is in front, as
 * for the client's address: lib/auth/throttle.ts). Only used without SITE_URL, which production
 * should set: Next.js gives route handlers a request.url on localhost whatever host the client
 * asked for. A malformed host is no origin.
 */
export function originFromHeaders(
  headers: Headers,
  trustedProxies: readonly string[] = getEnv().TRUSTED_PROXIES,
): string | undefined {
  const behindProxy = trustedProxies.length > 0;
  const forwardedHost = behindProxy ? firstValue(headers.get("x-forwarded-host")) : undefined;
  const host = forwardedHost ?? firstValue(headers.get("host"));
  if (!host || !HOST.test(host)) return undefined;
  const proto = behindProxy ? firstValue(headers.get("x-forwarded-proto")) : undefined;
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/** The public origin for absolute links: SITE_URL when set, else the request's own origin. */
export function siteOrigin(request?: Request): string {
  return (
    configuredOrigin() ??
    (request ? (originFromHeaders(request.headers) ?? new URL(request.url).origin) : "http://localhost:3000")
  );
}
