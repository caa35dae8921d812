import Link from "next/link";
import { FEED_PATHS } from "@/lib/feeds/build-feed";
import { t } from "@/lib/i18n";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-stone-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:flex-row sm:justify-between">
        <p>
          {t.site.footer}{" "}
          <Link href="/sources" className="underline">
            {t.nav.sources}
          </Link>
        </p>
        <p>
          {t.site.feeds}：
          <a href={FEED_PATHS.rss} className="underline">
            RSS
          </a>{" "}
          ·{" "}
          <a href={FEED_PATHS.atom} className="underline">
            Atom
          </a>{" "}
          ·{" "}
          <a href={FEED_PATHS.json} className="underline">
            JSON Feed
          </a>
        </p>
      </div>
    </footer>
  );
}
