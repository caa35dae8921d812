import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site/site-frame";

// Public pages are rendered on their first request and then served from the cache until an
// entry they show changes (lib/cache.ts, lib/cache-handler); never at build time.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
