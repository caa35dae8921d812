import { jsonResponse, preflightResponse } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { siteOrigin } from "@/lib/site-origin";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return jsonResponse(request, openApiDocument(siteOrigin(request)));
}

export const OPTIONS = preflightResponse;
