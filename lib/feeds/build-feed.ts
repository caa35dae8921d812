import { Feed } from "feed";
import type { CitationView } from "@/lib/content/types";
import { formatPartialDate } from "@/lib/format/date";
import { t } from "@/lib/i18n";
import { markdownToText, renderMarkdown } from "@/lib/markdown";
import type { TimelineItem } from "@/lib/timeline/timeline-item";

export type FeedFormat = "rss" | "atom" | "json";

export const FEED_PATHS: Record<FeedFormat, string> = {
  rss: "/feed.xml",
  atom: "/atom.xml",
  json: "/feed.json",
};

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

export interface FeedEntry extends TimelineItem {
  citations: CitationView[];
}

/** An item's id: derived from its kind and database id, so it survives edits and slug changes. */
export function feedItemId(entry: Pick<FeedEntry, "kind" | "id">): string {
  return `urn:mistral-tracker:${entry.kind.toLowerCase()}:${entry.id}`;
}

function itemHtml(entry: FeedEntry, origin: string): string {
  const sources = entry.citations
    .map((c) => {
      const link = `<a href="${escapeHtml(c.source.url)}">${escapeHtml(c.source.title)}</a>`;
      return `<li>${link}（${escapeHtml(c.source.publisher)}）</li>`;
    })
    .join("");
  const date = formatPartialDate(entry.date);
  return [
    `<p>${escapeHtml(t.enums.kind[entry.kind])} · ${escapeHtml(date)}</p>`,
    renderMarkdown(entry.summary),
    sources ? `<p>${t.common.sources}：</p><ul>${sources}</ul>` : "",
    `<p><a href="${origin}${entry.href}">${t.common.readMore}</a></p>`,
  ].join("");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The site's feed in one format, from entries newest first. `origin` has no trailing slash. */
export function buildFeed(format: FeedFormat, entries: readonly FeedEntry[], origin: string): string {
  const feed = new Feed({
    id: `${origin}/`,
    title: t.feeds.title,
    description: t.feeds.description,
    link: `${origin}/`,
    language: "zh-CN",
    copyright: t.site.footer,
    updated: entries.length ? new Date(entries[0].date.iso) : new Date(0),
    generator: t.site.name,
    feedLinks: {
      rss: `${origin}${FEED_PATHS.rss}`,
      atom: `${origin}${FEED_PATHS.atom}`,
      json: `${origin}${FEED_PATHS.json}`,
    },
  });
  for (const entry of entries) {
    const date = new Date(entry.date.iso);
    feed.addItem({
      id: feedItemId(entry),
      guid: feedItemId(entry),
      title: `${t.enums.kind[entry.kind]}：${entry.title}`,
      link: `${origin}${entry.href}`,
      date,
      published: date,
      description: markdownToText(entry.summary),
      content: itemHtml(entry, origin),
      category: [{ name: t.enums.kind[entry.kind] }],
    });
  }
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return toJsonFeed11(feed.json1());
}

/** `feed` writes JSON Feed 1.0; the fields we use are 1.1's, which also carries `language`. */
function toJsonFeed11(json1: string): string {
  const document = JSON.parse(json1) as Record<string, unknown>;
  return JSON.stringify(
    { ...document, version: "https://jsonfeed.org/version/1.1", language: "zh-CN" },
    null,
    2,
  );
}
