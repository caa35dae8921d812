import Link from "next/link";
import { changeLogPathBySlug, reportErrorPath } from "@/lib/changes/paths";
import { entryFeedPath } from "@/lib/feeds/entry-feed-paths";
import { t } from "@/lib/i18n";
import { kindOfCode, type PageKind } from "@/lib/kinds";

/** Under an entry: its public change log, its feed, and where to report an error in it. */
export function EntryTools({ kind, slug }: { kind: PageKind; slug: string }) {
  const { key } = kindOfCode(kind);
  return (
    <p className="mt-8 flex flex-wrap gap-x-4 gap-y-1 border-t border-line pt-4 text-sm">
      <Link href={changeLogPathBySlug(key, slug)}>{t.changes.log.entryLink}</Link>
      {/* A feed, not a page: a plain link, so the router never fetches it as one. */}
      <a href={entryFeedPath(kind, slug)} type="application/rss+xml">
        {t.changes.log.entryFeedLink}
      </a>
      <Link href={reportErrorPath(key, slug)}>{t.changes.report.link}</Link>
    </p>
  );
}
