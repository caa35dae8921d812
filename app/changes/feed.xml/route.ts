import { changesFeedResponse } from "@/lib/changes/changes-feed";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return changesFeedResponse(request);
}
