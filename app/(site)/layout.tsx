import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site/site-frame";

// Public pages are rendered on their first request and then served from the cache until an
// entry they show changes (lib/platform/cache/cached-query.ts, lib/platform/cache); never at build time.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
