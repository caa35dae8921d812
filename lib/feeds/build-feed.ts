import { Feed } from "feed";
import { claimStatusLabel } from "@/lib/claims/claim-status";
import type { AlternativeValueView, CitationView } from "@/lib/content/types";
import { FEED_FORMATS, feedPath, type FeedFormat, type FeedScope } from "@/lib/feeds/feed-files";
import { FEED_HOME_PATHS } from "@/lib/feeds/feed-links";
import { formatPartialDate } from "@/lib/format/date";
import { qualify } from "@/lib/format/figure";
import { escapeHtml } from "@/lib/format/escape-html";
import { dropNonXmlCharacters } from "@/lib/format/xml-text";
import { t } from "@/lib/i18n";
import { markdownToText, renderMarkdown } from "@/lib/markdown";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";
import type { TimelineItem } from "@/lib/timeline/timeline-item";
import type { FeedDetails } from "@/lib/feeds/feed-facts";

export interface FeedEntry extends TimelineItem {
  citations: CitationView[];
  alternativeValues: AlternativeValueView[];
  /** Its kind's key facts and qualified date, when its kind gives them. */
  details?: FeedDetails | null;
}

/** An item's id: derived from its kind and database id, so it survives edits and slug changes. */
export function feedItemId(entry: Pick<FeedEntry, "kind" | "id">): string {
  return `urn:mistral-tracker:${entry.kind.toLowerCase()}:${entry.id}`;
}

/**
 * When the item went out: its publication on this site. The entry's own date ("2024 年") is in
 * its text at its precision, never padded to a day here.
 */
function itemPublished(entry: FeedEntry): Date {
  return new Date(entry.publishedAt ?? entry.createdAt);
}

/**
 * When an item last changed: its last edit, so that a correction is an update, never a new
 * item. Never before its publication.
 */
function itemUpdated(entry: FeedEntry): Date {
  return new Date(Math.max(Date.parse(entry.updatedAt), itemPublished(entry).getTime()));
}

/** A source's link, and its archived copy's when there is one. */
const sourceLink = (source: CitationView["source"]) =>
  `<a href="${escapeHtml(source.url)}">${escapeHtml(sourceLinkText(source))}</a>` +
  (source.archiveUrl ? ` · <a href="${escapeHtml(source.archiveUrl)}">${t.sources.archive}</a>` : "");

function itemHtml(entry: FeedEntry, origin: string): string {
  const sources = entry.citations
    .map((c) => {
      // An untitled source's link already reads as its publisher.
      const publisher = c.source.title !== null ? `（${escapeHtml(c.source.publisher)}）` : "";
      const claim = c.claim ? `：${escapeHtml(c.claim)}` : "";
      return `<li>${sourceLink(c.source)}${publisher}${claim}〔${claimStatusLabel(c.status)}〕</li>`;
    })
    .join("");
  // As on the entry's page: every value given for a fact, none silently picked.
  const alternatives = entry.alternativeValues
    .map((a) => {
      const source = a.source ? sourceLink(a.source) : t.claims.noSource;
      const note = a.note ? `；${escapeHtml(a.note)}` : "";
      return `<li>${escapeHtml(a.fieldLabel)}：${escapeHtml(a.value)}（${source}，${claimStatusLabel(a.status)}${note}）</li>`;
    })
    .join("");
  const date = entry.details?.date ?? qualify(formatPartialDate(entry.date), entry.dateQualifier);
  // The entry's key facts as its page shows them, qualifiers included: a correction of a figure
  // changes the item's content.
  const facts = (entry.details?.facts ?? [])
    .map((fact) => `<li>${escapeHtml(fact.label)}：${escapeHtml(fact.value)}</li>`)
    .join("");
  return [
    `<p>${escapeHtml(t.enums.kind[entry.kind])} · ${escapeHtml(date)}</p>`,
    facts ? `<ul>${facts}</ul>` : "",
    renderMarkdown(entry.summary),
    alternatives ? `<p>${t.claims.alternatives}：</p><ul>${alternatives}</ul>` : "",
    sources ? `<p>${t.common.sources}：</p><ul>${sources}</ul>` : "",
    `<p><a href="${escapeHtml(origin + entry.href)}">${t.common.readMore}</a></p>`,
  ].join("");
}

/**
 * One feed (the site's, or one kind's) in one format, from entries newest first. `origin` has
 * no trailing slash. Items are the same in every feed, so an entry keeps one id everywhere.
 */
export function buildFeed(
  scope: FeedScope,
  format: FeedFormat,
  entries: readonly FeedEntry[],
  origin: string,
): string {
  const home = `${origin}${FEED_HOME_PATHS[scope]}`;
  const feed = new Feed({
    id: home,
    title: t.feeds.channels[scope].title,
    description: t.feeds.channels[scope].description,
    link: home,
    language: t.locale,
    copyright: t.site.feedRights,
    updated: new Date(Math.max(0, ...entries.map((entry) => itemUpdated(entry).getTime()))),
    generator: t.site.name,
    author: { name: t.site.name, link: `${origin}/` },
    // Each format names its own URL: RSS as atom:link rel="self", Atom as link rel="self",
    // JSON Feed as feed_url.
    feedLinks: Object.fromEntries(FEED_FORMATS.map((f) => [f, `${origin}${feedPath(scope, f)}`])),
  });
  for (const entry of entries) {
    const title = `${t.enums.kind[entry.kind]}：${entry.title}`;
    const summary = markdownToText(entry.summary);
    feed.addItem({
      id: feedItemId(entry),
      guid: feedItemId(entry),
      // Atom's title and summary are written as type="html", and readers take RSS's title and
      // description as HTML too: markup an editor typed stays text. Only JSON Feed has plain text.
      title: format === "json" ? title : escapeHtml(title),
      description: format === "json" ? summary : escapeHtml(summary),
      content: itemHtml(entry, origin),
      link: `${origin}${entry.href}`,
      // `date` is written as Atom's <updated> and JSON's date_modified; `published` as RSS's
      // pubDate, Atom's <published> and JSON's date_published.
      date: itemUpdated(entry),
      published: itemPublished(entry),
      // Atom requires a term; readers show the label (RSS and JSON Feed write the name).
      category: [{ name: t.enums.kind[entry.kind], term: entry.kind.toLowerCase() }],
    });
  }
  if (format === "json") return toJsonFeed11(feed.json1());
  const xml = format === "rss" ? feed.rss2() : withAtomLanguage(feed.atom1());
  return dropNonXmlCharacters(xml);
}

/** `feed` writes `language` into RSS and JSON Feed only; Atom states it as xml:lang. */
function withAtomLanguage(atom: string): string {
  return atom.replace(
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${t.locale}">`,
  );
}

/** `feed` writes JSON Feed 1.0; 1.1 adds `language` and lists `authors` instead of `author`. */
function toJsonFeed11(json1: string): string {
  const { author, items, ...document } = JSON.parse(json1) as Record<string, unknown>;
  return JSON.stringify({
    ...document,
    version: "https://jsonfeed.org/version/1.1",
    language: t.locale,
    authors: [author],
    items,
  });
}
