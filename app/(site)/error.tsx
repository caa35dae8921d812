"use client";

import { ErrorNotice } from "@/components/ui/error-notice";
import { t } from "@/lib/i18n";

// A public page that could not render (most often: the request that found the database out of
// reach; later ones get the outage page from proxy.ts). Inside the site's layout, so the header
// and footer stay.
export default function SiteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="py-8">
      <title>{`${t.unavailable.title} · ${t.site.name}`}</title>
      <h1 className="text-3xl font-bold">{t.unavailable.title}</h1>
      <ErrorNotice message={t.unavailable.body} error={error} retry={retry} showHome />
    </div>
  );
}
