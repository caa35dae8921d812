import type { ReactNode } from "react";
import { SiteFrame } from "@/components/site/site-frame";

// Pages that read no data: prerendered at build time and served as they are.
export default function StaticLayout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
