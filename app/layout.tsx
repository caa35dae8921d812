import type { Metadata } from "next";
import type { ReactNode } from "react";
import { feedAlternateTypes } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import "./globals.css";

// Every page is rendered for its request, its scripts allowed by a nonce from proxy.ts (Next.js
// writes it on each): readers are served by the cache tier in front (deploy/varnish, README
// "Deploy at scale"), and the queries behind a page by the app's own cache (lib/platform/cache).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  // Makes canonical, Open Graph and feed links absolute. Pages are kept by the cache tier and
  // served to every host it answers for, so they do not use a request's host: production sets
  // SITE_URL.
  metadataBase: new URL(siteOrigin()),
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
