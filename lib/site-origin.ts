import { getEnv } from "@/lib/env";

/** The public origin for absolute links: SITE_URL when set, else the request's own origin. */
export function siteOrigin(request?: Request): string {
  const configured = getEnv().SITE_URL;
  if (configured) return configured.replace(/\/+$/, "");
  return request ? new URL(request.url).origin : "http://localhost:3000";
}
