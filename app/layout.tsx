import type { Metadata } from "next";
import type { ReactNode } from "react";
import { feedAlternateTypes } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import { configuredOrigin } from "@/lib/site-origin";
import "./globals.css";

const SITE_URL = configuredOrigin();

// Static, so that pages reading no data stay prerendered. Pages read on request get the
// request's own origin as metadataBase from the (site) layout when SITE_URL is unset.
export const metadata: Metadata = {
  metadataBase: SITE_URL ? new URL(SITE_URL) : null,
  title: { default: t.site.name, template: `%s · ${t.site.name}` },
  description: t.site.description,
  alternates: { types: feedAlternateTypes() },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={t.htmlLang}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
