import "server-only";
import { formatCitation, type FormattedCitation } from "@/lib/citation/format-citation";
import { entryPath } from "@/lib/content/paths";
import { beijingDateParts, formatBeijingDate } from "@/lib/format/timestamp";
import { t } from "@/lib/i18n";
import { kindOfCode, type PageKind } from "@/lib/kinds";
import { siteOrigin } from "@/lib/site-origin";

/** An entry's page as a reader cites it, and the day the citation says it was read. */
export interface EntryCitation extends FormattedCitation {
  /** "2026-12-07", in Beijing. */
  accessed: string;
}

/**
 * How to cite an entry's page: its permanent URL (SITE_URL's, as its canonical link), its title,
 * its last change, and `now` as the access date. Null, and logged, if formatting fails: the page
 * is still served, without its citations.
 */
export function citeEntry(
  kind: PageKind,
  entry: { slug: string; title: string; updatedAt: string },
  now: Date = new Date(),
): EntryCitation | null {
  const { key } = kindOfCode(kind);
  try {
    return {
      accessed: formatBeijingDate(now),
      ...formatCitation({
        key: `MistralTracker_${key}_${entry.slug}`.replace(/[^A-Za-z0-9_]+/g, "_"),
        title: entry.title,
        author: t.site.name,
        url: `${siteOrigin()}${entryPath(kind, entry.slug)}`,
        updated: beijingDateParts(entry.updatedAt),
        accessed: beijingDateParts(now),
      }),
    };
  } catch (error) {
    console.error(`Citation of ${key}/${entry.slug} failed:`, error);
    return null;
  }
}
