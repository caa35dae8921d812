import type { Metadata } from "next";
import type { ReactNode } from "react";
import { feedAlternateTypes } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import { requestOrigin } from "@/lib/seo/request-origin";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return {
    // Makes canonical, Open Graph and feed links absolute: SITE_URL, else the request's origin.
    metadataBase: new URL(await requestOrigin()),
    title: { default: t.site.name, template: `%s · ${t.site.name}` },
    description: t.site.description,
    alternates: { types: feedAlternateTypes() },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={t.htmlLang}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
