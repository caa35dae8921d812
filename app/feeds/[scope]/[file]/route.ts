import { parseKindFeedPath } from "@/lib/feeds/feed-files";
import { feedNotFound, feedResponse } from "@/lib/feeds/feed-response";

export const dynamic = "force-dynamic";

/** Every kind's feeds, e.g. /feeds/models/atom.xml; anything else under /feeds/ is not found. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ scope: string; file: string }> },
) {
  const { scope, file } = await params;
  const feed = parseKindFeedPath(scope, file);
  return feed ? feedResponse(request, feed.scope, feed.format) : feedNotFound();
}
