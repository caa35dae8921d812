import "server-only";
import { headers } from "next/headers";
import { configuredOrigin, originFromHeaders, siteOrigin } from "@/lib/site-origin";

/**
 * The public origin while rendering a page or a metadata route: SITE_URL when set, else the
 * origin the request came in on (as a proxy forwards it, or the Host header).
 */
export async function requestOrigin(): Promise<string> {
  return configuredOrigin() ?? originFromHeaders(await headers()) ?? siteOrigin();
}
