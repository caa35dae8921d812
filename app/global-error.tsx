"use client";

import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { ErrorNotice } from "@/components/ui/error-notice";
import { t } from "@/lib/i18n";
import "./globals.css";

// An error no other boundary caught, e.g. in the site's own layout: this replaces the root
// layout, so it brings the document, the styles and the site's header and footer itself.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang={t.htmlLang}>
      <body className="min-h-screen">
        <title>{`${t.unavailable.title} · ${t.site.name}`}</title>
        <SiteHeader />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          <h1 className="text-3xl font-bold">{t.unavailable.title}</h1>
          <ErrorNotice message={t.unavailable.body} error={error} retry={retry} showHome />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
