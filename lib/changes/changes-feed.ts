import "server-only";
import { Feed } from "feed";
import { cachedQuery } from "@/lib/content/cached-query";
import { listPublicChanges, type PublicChange } from "@/lib/changes/list-public-changes";
import { CHANGES_FEED_PATH, CHANGES_PATH, changeLogPath } from "@/lib/changes/paths";
import { FEED_CONTENT_TYPES } from "@/lib/feeds/feed-links";
import { serveFeed } from "@/lib/feeds/feed-response";
import { FEED_SIZE } from "@/lib/feeds/list-feed-entries";
import { escapeHtml } from "@/lib/format/escape-html";
import { toRepresentation } from "@/lib/http/conditional-response";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { CONTENT_KINDS } from "@/lib/kinds";

const c = t.changes.log;
// The words of the admin's history table, which the log's page shows too.
const h = t.admin.history;

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
    `<p>${c.reason}：${escapeHtml(change.reason || c.noReason)}</p>`,
    rows ? `<table><tr><th>${h.field}</th><th>${h.before}</th><th>${h.after}</th></tr>${rows}</table>` : "",
    sources ? `<p>${c.addedSources}：</p><ul>${sources}</ul>` : "",
    change.href ? `<p><a href="${escapeHtml(origin + change.href)}">${t.common.readMore}</a></p>` : "",
  ].join("");
}

/** The change log's RSS, rendered once per change to any entry: its newest changes. */
const renderChangesFeed = cachedQuery("changes:feed", CONTENT_KINDS, async () => {
  const origin = siteOrigin();
  const { items } = await listPublicChanges({}, 1, FEED_SIZE);
  const feed = new Feed({
    id: `${origin}${CHANGES_PATH}`,
    title: c.feedTitle,
    description: c.feedDescription,
    link: `${origin}${CHANGES_PATH}`,
    language: t.locale,
    copyright: t.site.footer,
    updated: items[0] ? new Date(items[0].at) : new Date(0),
    generator: t.site.name,
    feedLinks: { rss: `${origin}${CHANGES_FEED_PATH}` },
  });
  for (const change of items) {
    const link = `${origin}${changeLogPath(change.kindKey, change.entryId)}#change-${change.id}`;
    feed.addItem({
      id: `urn:mistral-tracker:change:${change.id}`,
      guid: `urn:mistral-tracker:change:${change.id}`,
      title: c.headline(c.action[change.action], change.kindLabel, change.title),
      link,
      date: new Date(change.at),
      description: escapeHtml(change.reason || c.noReason),
      content: changeHtml(change, origin),
    });
  }
  // Each item never changes once made: the newest one dates the feed.
  return toRepresentation(feed.rss2(), items[0] ? new Date(items[0].at) : undefined);
});

/** The change log's RSS as a response, served like the site's feeds. */
export function changesFeedResponse(request: Request): Promise<Response> {
  return serveFeed(request, "changes", FEED_CONTENT_TYPES.rss, renderChangesFeed);
}
