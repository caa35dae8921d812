import { entryFeedResponse } from "@/lib/changes/entry-feed";

export const dynamic = "force-dynamic";

/**
 * Every entry's own feed, beside its page: `/models/<slug>/feed.xml`, `/organizations/<slug>/…`,
 * for every kind with pages of its own (lib/feeds/entry-feed-paths.ts); anything else is not
 * found. The kinds' own routes (`/feeds/…`, `/people/at/…`) are more specific and win.
 */
export async function GET(request: Request, { params }: { params: Promise<{ list: string; slug: string }> }) {
  const { list, slug } = await params;
  return entryFeedResponse(request, list, slug);
}
