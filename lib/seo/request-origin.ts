import "server-only";
import { headers } from "next/headers";
import { configuredOrigin, siteOrigin } from "@/lib/site-origin";

/**
 * The public origin while rendering a page or a metadata route: SITE_URL when set, else the
 * origin the request came in on (as a proxy forwards it, or the Host header).
 */
export async function requestOrigin(): Promise<string> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const incoming = await headers();
  const host = firstValue(incoming.get("x-forwarded-host")) ?? firstValue(incoming.get("host"));
  const protocol = firstValue(incoming.get("x-forwarded-proto")) ?? "http";
  return host ? `${protocol}://${host}` : siteOrigin();
}

// Proxies may append to a forwarded header: "https, http".
function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0].trim() || undefined;
}
