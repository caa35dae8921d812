import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site/site-frame";
import { requestOrigin } from "@/lib/seo/request-origin";

// Pages read the database on request (never at build time); their queries are cached in
// lib/cache.ts and invalidated by tag when an entry changes.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  // Makes canonical, Open Graph and feed links absolute: SITE_URL, else the request's origin.
  return { metadataBase: new URL(await requestOrigin()) };
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
