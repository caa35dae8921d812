import { toPartialDate } from "@/lib/content/convert";
import type { SourceRef } from "@/lib/content/types";
import type { DatePrecision } from "@/lib/format/date";

/** The Prisma `select` for a source as cited, and its mapping to a SourceRef. */
export const sourceRefSelect = {
  slug: true,
  title: true,
  publisher: true,
  url: true,
  publishedOn: true,
  publishedPrecision: true,
  archiveUrl: true,
  checkedOn: true,
} as const;

export function toSourceRef(source: {
  slug: string;
  title: string | null;
  publisher: string;
  url: string;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  archiveUrl: string | null;
  checkedOn: Date | null;
}): SourceRef {
  return {
    slug: source.slug,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    publishedOn: toPartialDate(source.publishedOn, source.publishedPrecision),
    archiveUrl: source.archiveUrl,
    checkedOn: toPartialDate(source.checkedOn, "DAY"),
  };
}

/**
 * The text of a link to a source: its own title when known, else its publisher (the site the
 * link points to). A title is never made up from the link's address.
 */
export function sourceLinkText(source: Pick<SourceRef, "title" | "publisher">): string {
  return source.title ?? source.publisher;
}
