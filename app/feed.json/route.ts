import { feedResponse } from "@/lib/feeds/feed-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, "site", "json");
}
