import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getEnv } from "@/lib/env";
import { feedAlternateTypes } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import "./globals.css";

const SITE_URL = getEnv().SITE_URL;

export const metadata: Metadata = {
  // Without SITE_URL, links in <head> (the feeds' autodiscovery) stay relative to the page's own
  // origin rather than pointing at a made-up one.
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
