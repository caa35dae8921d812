import { Feed } from "feed";
import type { PublicChange } from "@/lib/changes/list-public-changes";
import { changeLogPath } from "@/lib/changes/paths";
import { escapeHtml } from "@/lib/format/escape-html";
import { dropNonXmlCharacters } from "@/lib/format/xml-text";
import { t } from "@/lib/i18n";

const c = t.changes.log;
// The words of the admin's history table, which the log's page shows too.
const h = t.admin.history;

/** A feed of public changes: the whole change log's, or one entry's. */
export interface ChangesChannel {
  title: string;
  description: string;
  /** The page the feed follows (its channel link and id), and the feed's own path. */
  homePath: string;
  feedPath: string;
}

function changeHtml(change: PublicChange, origin: string): string {
  const rows = change.changes
    .map(
      (field) =>
        `<tr><th>${escapeHtml(field.label)}</th><td>${escapeHtml(field.before || h.emptyValue)}</td><td>${escapeHtml(field.after || h.emptyValue)}</td></tr>`,
    )
    .join("");
  const sources = change.addedSources
    .map((source) => `<li><a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a></li>`)
    .join("");
  return [
    change.reason ? `<p>${c.reason}：${escapeHtml(change.reason)}</p>` : "",
    rows ? `<table><tr><th>${h.field}</th><th>${h.before}</th><th>${h.after}</th></tr>${rows}</table>` : "",
    sources ? `<p>${c.addedSources}：</p><ul>${sources}</ul>` : "",
    change.href ? `<p><a href="${escapeHtml(origin + change.href)}">${t.common.readMore}</a></p>` : "",
  ].join("");
}

/**
 * RSS 2.0 of public changes, newest first: each an item that never changes once made, titled in
 * escaped text, with the reason, the fields before and after, and the sources added. `origin` has
 * no trailing slash.
 */
export function buildChangesFeed(
  channel: ChangesChannel,
  changes: readonly PublicChange[],
  origin: string,
): string {
  const home = `${origin}${channel.homePath}`;
  const feed = new Feed({
    id: home,
    title: channel.title,
    description: channel.description,
    link: home,
    language: t.locale,
    copyright: t.site.feedRights,
    // The newest change dates the feed.
    updated: changes[0] ? new Date(changes[0].at) : new Date(0),
    generator: t.site.name,
    feedLinks: { rss: `${origin}${channel.feedPath}` },
  });
  for (const change of changes) {
    const id = `urn:mistral-tracker:change:${change.id}`;
    const headline = c.headline(c.action[change.action], change.kindLabel, change.title);
    feed.addItem({
      id,
      guid: id,
      // Readers take an RSS title as HTML: markup in an entry's title stays text.
      title: escapeHtml(headline),
      link: `${origin}${changeLogPath(change.kindKey, change.entryId)}#change-${change.id}`,
      date: new Date(change.at),
      // The editor's note of why, or what happened when there is none (a first publication).
      description: escapeHtml(change.reason || headline),
      content: changeHtml(change, origin),
    });
  }
  return dropNonXmlCharacters(feed.rss2());
}
