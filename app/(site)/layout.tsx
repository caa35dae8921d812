import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site/site-frame";
import { siteOrigin } from "@/lib/site-origin";

// Public pages are rendered on their first request and then served from the cache until an
// entry they show changes (lib/cache.ts, lib/cache-handler); never at build time.
export function generateMetadata(): Metadata {
  // Makes canonical, Open Graph and feed links absolute. A cached render cannot know the host
  // a request came in on: production sets SITE_URL.
  return { metadataBase: new URL(siteOrigin()) };
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
