import Link from "next/link";
import { CHANGES_PATH } from "@/lib/changes/paths";
import { DATA_LICENCE } from "@/lib/content/data-licence";
import { feedPath } from "@/lib/feeds/feed-files";
import { feedTitle, OPML_PATH } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import { KIND_FEED_SCOPES } from "@/lib/kinds";

const SITE_FEEDS = [
  { format: "rss", label: "RSS" },
  { format: "atom", label: "Atom" },
  { format: "json", label: "JSON Feed" },
] as const;

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-stone-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          {t.site.footer}{" "}
          <Link href="/sources" className="underline">
            {t.nav.sources}
          </Link>
          {" · "}
          <Link href={CHANGES_PATH} className="underline">
            {t.changes.log.title}
          </Link>
          {" · "}
          <a rel="license" href={DATA_LICENCE.url} className="underline">
            {t.site.licence}
          </a>
        </p>
        <div className="sm:text-right">
          <p>
            {t.site.feeds}：
            {SITE_FEEDS.map(({ format, label }, i) => (
              <span key={format}>
                {i > 0 && " · "}
                <a href={feedPath("site", format)} className="underline">
                  {label}
                </a>
              </span>
            ))}
            {" · "}
            <a href={OPML_PATH} className="underline">
              {t.feeds.opml.link}
            </a>
          </p>
          <p>
            {t.feeds.byKind}：
            {KIND_FEED_SCOPES.map((scope, i) => (
              <span key={scope}>
                {i > 0 && " · "}
                <a href={feedPath(scope, "rss")} aria-label={feedTitle(scope, "rss")} className="underline">
                  {t.feeds.scopes[scope]}
                </a>
              </span>
            ))}
          </p>
        </div>
      </div>
    </footer>
  );
}
