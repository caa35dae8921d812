"use client";

import { ErrorNotice } from "@/components/ui/error-notice";
import { zhSite } from "@/lib/i18n/zh-site";
import { zhUnavailable as u } from "@/lib/i18n/zh-unavailable";

// A public page that could not render (most often: the request that found the database out of
// reach; later ones get the outage page from proxy.ts). Inside the site's layout, so the header
// and footer stay. Client code on every page: it imports only the strings it shows.
export default function SiteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="py-8">
      <title>{`${u.title} · ${zhSite.name}`}</title>
      <h1 className="text-3xl font-bold">{u.title}</h1>
      <ErrorNotice message={u.body} error={error} retry={retry} showHome />
    </div>
  );
}
