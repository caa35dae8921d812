import type { Metadata } from "next";
import type { ReactNode } from "react";
import { feedAlternateTypes } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import "./globals.css";

export const metadata: Metadata = {
  // Makes canonical, Open Graph and feed links absolute. Pages are rendered once and then
  // cached, so they cannot use the host a request came in on: production sets SITE_URL.
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
