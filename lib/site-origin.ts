import { getEnv } from "@/lib/env";

/** SITE_URL without a trailing slash, when it is set. */
export function configuredOrigin(): string | undefined {
  return getEnv().SITE_URL?.replace(/\/+$/, "");
}

/** The public origin for absolute links: SITE_URL when set, else the request's own origin. */
export function siteOrigin(request?: Request): string {
  return configuredOrigin() ?? (request ? new URL(request.url).origin : "http://localhost:3000");
}
