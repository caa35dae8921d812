import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site/site-frame";

// Pages read the database on request (never at build time); their queries are cached in
// lib/cache.ts and invalidated by tag when an entry changes.
export const dynamic = "force-dynamic";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
