import { parseKindFeedPath } from "@/lib/feeds/feed-links";
import { feedResponse } from "@/lib/feeds/feed-response";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

/** Every kind's feeds, e.g. /feeds/models/atom.xml; anything else under /feeds/ is not found. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ scope: string; file: string }> },
) {
  const { scope, file } = await params;
  const feed = parseKindFeedPath(scope, file);
  if (!feed)
    return new Response(t.notFound.title, {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return feedResponse(request, feed.scope, feed.format);
}
