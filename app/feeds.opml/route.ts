import { opmlResponse } from "@/lib/feeds/opml-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return opmlResponse(request);
}
