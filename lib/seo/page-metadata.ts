import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { entryPath } from "@/lib/content/paths";
import { entryFeedPath } from "@/lib/feeds/entry-feed-paths";
import { feedAlternateTypes, type FeedAlternate } from "@/lib/feeds/feed-links";
import { t } from "@/lib/i18n";
import { markdownToText } from "@/lib/markdown";
import { MAIN_PAGES, mainPageImagePath, type MainPageKey } from "@/lib/seo/main-pages";
import { OG_IMAGE_SIZE, OG_IMAGE_TYPE, ogImageAlt } from "@/lib/seo/og-image";
import { kindFeedScope, type KindFeedScope, type PageKind } from "@/lib/kinds";

export interface PageMetadataInput {
  /** The page's own title; the root layout adds the site's name. */
  title: string;
  description: string;
  /**
   * The canonical path, without a query: filtered views and further pages of a list are views
   * of the list itself, and every entry they show has a page of its own.
   */
  path: string;
  feedScope?: KindFeedScope;
  type?: "website" | "article";
  /** When an entry last changed (ISO), for articles. */
  modifiedTime?: string;
  /** The shared image, when the route has no opengraph-image file of its own. */
  image?: { url: string; width: number; height: number; type: string; alt: string };
  /** RSS feeds of the page's own, named after the site's. */
  moreFeeds?: FeedAlternate[];
}

const OPEN_GRAPH_LOCALE = t.locale.replace("-", "_");

/**
 * A public page's `<head>`: title, description, canonical URL, feed autodiscovery, Open Graph
 * and Twitter card. Paths are made absolute by the root layout's `metadataBase`. An entry's
 * shared image comes from its route's opengraph-image file, a main page's from `image`.
 */
export function pageMetadata({
  title,
  description,
  path,
  feedScope,
  type = "website",
  modifiedTime,
  image,
  moreFeeds,
}: PageMetadataInput): Metadata {
  const images = image ? [image] : undefined;
  return {
    title,
    description,
    // Next.js replaces `alternates` wholesale: the feeds must be named here too.
    alternates: { canonical: path, types: feedAlternateTypes(feedScope, moreFeeds) },
    openGraph: {
      title,
      description,
      url: path,
      siteName: t.site.name,
      locale: OPEN_GRAPH_LOCALE,
      ...(type === "article" ? { type, modifiedTime } : { type }),
      ...(images && { images }),
    },
    twitter: { card: "summary_large_image", title, description, ...(images && { images }) },
  };
}

export function mainPageMetadata(key: MainPageKey): Metadata {
  const { title, description, path, feedScope, label } = MAIN_PAGES[key];
  const image = {
    url: mainPageImagePath(key),
    ...OG_IMAGE_SIZE,
    type: OG_IMAGE_TYPE,
    alt: ogImageAlt(label),
  };
  return pageMetadata({ title, description, path, feedScope, image });
}

/**
 * An entry's page: described by the start of its Markdown text, or by its kind and title; its own
 * feed named after its kind's.
 */
export function entryMetadata(
  kind: PageKind,
  entry: { slug: string; title: string; text: string; updatedAt: string },
): Metadata {
  return pageMetadata({
    title: entry.title,
    description: plainDescription(entry.text) || `${t.enums.kind[kind]}：${entry.title}`,
    path: entryPath(kind, entry.slug),
    feedScope: kindFeedScope(kind),
    type: "article",
    modifiedTime: entry.updatedAt,
    moreFeeds: [
      {
        url: entryFeedPath(kind, entry.slug),
        title: t.changes.log.entryFeedTitle(t.enums.kind[kind], entry.title),
      },
    ],
  });
}

/**
 * An entry page's `generateMetadata`: the entry its slug names, described by its title and text, or
 * the not-found page (with its own title too) for an unknown slug.
 */
export function entryPageMetadata<Entry extends { slug: string; updatedAt: string }>(
  kind: PageKind,
  load: (slug: string) => Promise<Entry | null>,
  describe: (entry: Entry) => { title: string; text: string },
) {
  return async ({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> => {
    const entry = await load((await params).slug);
    if (!entry) notFound();
    return entryMetadata(kind, { slug: entry.slug, updatedAt: entry.updatedAt, ...describe(entry) });
  };
}

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_LENGTH = 160;

/** Markdown as plain text, cut to DESCRIPTION_LENGTH characters with an ellipsis. */
export function plainDescription(markdown: string): string {
  const characters = Array.from(markdownToText(markdown));
  if (characters.length <= DESCRIPTION_LENGTH) return characters.join("");
  return `${characters
    .slice(0, DESCRIPTION_LENGTH - 1)
    .join("")
    .trimEnd()}…`;
}
