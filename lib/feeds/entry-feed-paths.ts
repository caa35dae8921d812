import { z } from "zod";
import { entryPath } from "@/lib/content/paths";
import { SLUG_PATTERN } from "@/lib/content/slug";
import { KINDS, type AnyKind, type PageKind } from "@/lib/kinds";

/** A kind whose entries have a page of their own, and so a feed of their own beside it. */
export type EntryFeedKind = Extract<AnyKind, { page: { type: "own" } }>;

/** Every kind with entry feeds, in the order menus and feeds list the kinds. */
export const ENTRY_FEED_KINDS = KINDS.filter((kind): kind is EntryFeedKind => kind.page.type === "own");

/** An entry's own feed, beside its page: `/models/<slug>/feed.xml`. */
export function entryFeedPath(kind: PageKind, slug: string): string {
  return `${entryPath(kind, slug)}/feed.xml`;
}

/** The list path of a kind's pages, without its slash: `models` of `/models`. */
const listSegment = (kind: EntryFeedKind) => kind.page.list.slice(1);

const ZEntryFeedPathSchema = z.object({
  list: z.enum(ENTRY_FEED_KINDS.map(listSegment) as [string, ...string[]]),
  slug: z.string().max(120).regex(SLUG_PATTERN),
});

/**
 * The entry feed a `/<list>/<slug>/feed.xml` path names (the kind by its list, and a slug an entry
 * can have), or null. Whether such an entry is published is for the feed to find out.
 */
export function parseEntryFeedPath(list: string, slug: string): { kind: EntryFeedKind; slug: string } | null {
  const parsed = ZEntryFeedPathSchema.safeParse({ list, slug });
  if (!parsed.success) return null;
  const kind = ENTRY_FEED_KINDS.find((k) => listSegment(k) === parsed.data.list)!;
  return { kind, slug: parsed.data.slug };
}
