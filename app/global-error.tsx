"use client";

import dynamic from "next/dynamic";
import { ErrorNotice } from "@/components/ui/error-notice";
import { zhHtmlLang, zhSite } from "@/lib/i18n/zh-site";
import { zhUnavailable as u } from "@/lib/i18n/zh-unavailable";
import "./globals.css";

// Every page loads this boundary's code; the header and footer, with the strings and the kinds'
// descriptions they bring, load only when it shows (rendered on the server like the rest of it).
const SiteHeader = dynamic(() => import("@/components/site/site-header").then((m) => m.SiteHeader));
const SiteFooter = dynamic(() => import("@/components/site/site-footer").then((m) => m.SiteFooter));

// An error no other boundary caught, e.g. in the site's own layout: this replaces the root
// layout, so it brings the document, the styles and the site's header and footer itself.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang={zhHtmlLang}>
      <body className="min-h-screen">
        <title>{`${u.title} · ${zhSite.name}`}</title>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <h1 className="text-3xl font-bold">{u.title}</h1>
          <ErrorNotice message={u.body} error={error} retry={retry} showHome />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
