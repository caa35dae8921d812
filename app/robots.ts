import type { MetadataRoute } from "next";
import { requestOrigin } from "@/lib/seo/request-origin";

// The sitemap's absolute URL depends on the request's origin when SITE_URL is unset.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/auth"] },
    sitemap: `${await requestOrigin()}/sitemap.xml`,
  };
}
