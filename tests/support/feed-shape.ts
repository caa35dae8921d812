// A feed of any format as a reader sees it, parsed with a real feed parser (feedsmith) into
// one shape, so unit and end-to-end tests check the three formats alike.
import { parseFeed } from "feedsmith";

export interface FeedItemShape {
  /** RSS: the guid only when it is marked isPermaLink="false"; Atom and JSON: the id. */
  id?: string;
  title?: string;
  link?: string;
  published?: string;
  /** Atom and JSON Feed only. */
  updated?: string;
  summary?: string;
  content?: string;
}

export interface FeedShape {
  format: "rss" | "atom" | "json";
  /** Atom's feed id; the other formats have none. */
  id?: string;
  title?: string;
  language?: string;
  /** The feed's own URL as it states it (RSS atom:link, Atom link rel="self", JSON feed_url). */
  self?: string;
  home?: string;
  items: FeedItemShape[];
}

/** An Atom text construct, plain or `{ value }`. */
const textOf = (text: string | { value?: string } | undefined) =>
  typeof text === "string" ? text : text?.value;

export function readFeedShape(text: string): FeedShape {
  const parsed = parseFeed(text);
  switch (parsed.format) {
    case "rss":
      return {
        format: "rss",
        title: parsed.feed.title,
        language: parsed.feed.language,
        self: parsed.feed.atom?.links?.find((l) => l.rel === "self")?.href,
        home: parsed.feed.link,
        items: (parsed.feed.items ?? []).map((item) => ({
          id: item.guid?.isPermaLink === false ? item.guid.value : undefined,
          title: item.title,
          link: item.link,
          published: item.pubDate,
          summary: item.description,
          content: item.content?.encoded,
        })),
      };
    case "atom":
      return {
        format: "atom",
        id: parsed.feed.id,
        title: textOf(parsed.feed.title),
        language: parsed.feed.xml?.lang,
        self: parsed.feed.links?.find((l) => l.rel === "self")?.href,
        home: parsed.feed.links?.find((l) => l.rel === "alternate")?.href,
        items: (parsed.feed.entries ?? []).map((entry) => ({
          id: entry.id,
          title: textOf(entry.title),
          link: entry.links?.find((l) => !l.rel || l.rel === "alternate")?.href,
          published: entry.published,
          updated: entry.updated,
          summary: textOf(entry.summary),
          content: textOf(entry.content),
        })),
      };
    case "json":
      return {
        format: "json",
        title: parsed.feed.title,
        language: parsed.feed.language,
        self: parsed.feed.feed_url,
        home: parsed.feed.home_page_url,
        items: (parsed.feed.items ?? []).map((item) => ({
          id: item.id,
          title: item.title,
          link: item.url,
          published: item.date_published,
          updated: item.date_modified,
          summary: item.summary,
          content: item.content_html,
        })),
      };
    default:
      throw new Error(`Unexpected feed format ${parsed.format}`);
  }
}
