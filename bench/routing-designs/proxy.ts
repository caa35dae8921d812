import { NextResponse, type NextRequest } from "next/server";

/** The site's design: a selection in the query is served from the cached render of its path. */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = `/models/-/${request.nextUrl.searchParams.get("category") ?? "ALL"}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: [{ source: "/models-view" }] };
