import { parseFeedPath } from "@/lib/feeds/feed-files";
import { feedNotFound, feedResponse } from "@/lib/feeds/feed-response";
import { renderedOnDemand } from "@/lib/views/rendered-on-demand";

// Every feed's cached render, served to requests without a validator (lib/feeds/feed-files.ts):
// rendered on its first request, then kept until an entry it shows changes, like the pages.
export const dynamic = "force-static";
export const generateStaticParams = renderedOnDemand;

export async function GET(
  request: Request,
  { params }: { params: Promise<{ scope: string; file: string }> },
) {
  const { scope, file } = await params;
  const feed = parseFeedPath(scope, file);
  return feed ? feedResponse(request, feed.scope, feed.format) : feedNotFound();
}
