import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/seo/list-sitemap-entries";
import { requestOrigin } from "@/lib/seo/request-origin";

// Read from the database on request, never at build time.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, entries] = await Promise.all([requestOrigin(), listSitemapEntries()]);
  return entries.map(({ path, lastModified }) => ({ url: `${origin}${path}`, lastModified }));
}
