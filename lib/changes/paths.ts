/** The public change log. */
export const CHANGES_PATH = "/changes";

/** Its RSS feed. */
export const CHANGES_FEED_PATH = "/changes/feed.xml";

/** Where one entry's changes are listed, by its id (which outlives the entry). */
export function changeLogPath(kindKey: string, entryId: string): string {
  return `${CHANGES_PATH}?${new URLSearchParams({ kind: kindKey, id: entryId })}`;
}

/** Where one entry's changes are listed, by its slug, as its own page links them. */
export function changeLogPathBySlug(kindKey: string, slug: string): string {
  return `${CHANGES_PATH}?${new URLSearchParams({ kind: kindKey, slug })}`;
}

/** Where a reader reports an error in an entry. */
export function reportErrorPath(kindKey: string, slug: string): string {
  return `/report?${new URLSearchParams({ kind: kindKey, slug })}`;
}
