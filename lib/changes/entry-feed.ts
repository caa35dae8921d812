import "server-only";
import { buildChangesFeed } from "@/lib/changes/build-changes-feed";
import { findPublishedEntry } from "@/lib/changes/find-published-entry";
import { listPublicChanges } from "@/lib/changes/list-public-changes";
import { cachedQuery } from "@/lib/content/cached-query";
import { findReferrers } from "@/lib/content/find-referrers";
import { entryPath } from "@/lib/content/paths";
import { entryFeedKinds } from "@/lib/changes/entry-feed-kinds";
import {
  ENTRY_FEED_KINDS,
  entryFeedPath,
  parseEntryFeedPath,
  type EntryFeedKind,
} from "@/lib/feeds/entry-feed-paths";
import { FEED_CONTENT_TYPES } from "@/lib/feeds/feed-links";
import { feedNotFound, serveFeed } from "@/lib/feeds/feed-response";
import { FEED_SIZE } from "@/lib/feeds/list-feed-entries";
import { toRepresentation, type Representation } from "@/lib/http/conditional-response";
import { t } from "@/lib/i18n";
import { findAdminKind } from "@/lib/kinds/registry";
import { siteOrigin } from "@/lib/site-origin";

const c = t.changes.log;

/**
 * An entry's feed, rendered once per change to what it reads: the public changes of the entry
 * and of the published entries that refer to it (an investor's rounds, a partner's deals, the
 * model that replaces a model), newest first. Null while readers cannot see the entry.
 */
const renderEntryFeed = Object.fromEntries(
  ENTRY_FEED_KINDS.map((kind) => {
    const admin = findAdminKind(kind.key)!;
    const render = async (slug: string): Promise<Representation | null> => {
      const entry = await findPublishedEntry(kind.key, slug);
      if (!entry) return null;
      const referrers = await findReferrers(admin, entry.id, { readersOnly: true });
      const entries = [
        { kind: kind.key, entryId: entry.id },
        ...referrers.map((referrer) => ({ kind: referrer.kind, entryId: referrer.id })),
      ];
      const { items } = await listPublicChanges({ entries }, 1, FEED_SIZE);
      const channel = {
        title: c.entryFeedTitle(t.enums.kind[kind.code], entry.title),
        description: c.entryFeedDescription(entry.title),
        homePath: entryPath(kind.code, slug),
        feedPath: entryFeedPath(kind.code, slug),
      };
      // Each item never changes once made: the newest one dates the feed.
      return toRepresentation(
        buildChangesFeed(channel, items, siteOrigin()),
        items[0] ? new Date(items[0].at) : undefined,
      );
    };
    return [kind.key, cachedQuery(`changes:entry-feed:${kind.key}`, entryFeedKinds(admin), render)];
  }),
) as Record<EntryFeedKind["key"], (slug: string) => Promise<Representation | null>>;

/**
 * The response for `/<list>/<slug>/feed.xml`: the entry's feed, or 404 for a list of no kind, a
 * slug of no entry, a draft or an entry scheduled for later (all alike, so none is revealed).
 */
export async function entryFeedResponse(request: Request, list: string, slug: string): Promise<Response> {
  const path = parseEntryFeedPath(list, slug);
  if (!path) return feedNotFound();
  const render = renderEntryFeed[path.kind.key];
  return serveFeed(request, `${path.kind.key}/${path.slug}`, FEED_CONTENT_TYPES.rss, () => render(path.slug));
}
