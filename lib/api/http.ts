import "server-only";
import { z } from "zod";
import { LICENCE_LINK_HEADER } from "@/lib/content/data-licence";
import { named } from "@/lib/api/schema-registry";
import { conditionalResponse, toRepresentation } from "@/lib/http/conditional-response";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/platform/db/unavailable";

// The open data's HTTP manners: readable from any origin without credentials, revalidated on
// every use (max-age=0) and answered with 304 when the client already holds the same bytes.

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
};

const CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** The answer to a CORS preflight: GET and HEAD from anywhere, any request header, no credentials. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "*",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

/** A 200 with a strong ETag of its bytes, or a 304 when the request already names that ETag. */
export function openDataResponse(
  request: Request,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  return conditionalResponse(request, toRepresentation(body), {
    contentType,
    cacheControl: CACHE_CONTROL,
    // Every open data response says how it may be reused (lib/content/data-licence.ts).
    headers: { ...CORS_HEADERS, Link: LICENCE_LINK_HEADER, ...headers },
  });
}

const JSON_TYPE = "application/json; charset=utf-8";

export function jsonResponse(request: Request, body: unknown): Response {
  return openDataResponse(request, JSON.stringify(body), JSON_TYPE);
}

export const ZApiErrorSchema = named(
  z.object({
    error: z.object({
      status: z.number().int(),
      code: z.enum(["invalid_parameter", "not_found", "unavailable", "internal_error"]),
      message: z.string(),
      parameter: z.string().nullable().meta({ description: "The query parameter at fault, if any." }),
    }),
  }),
  "Error",
  "What went wrong, in English; `parameter` names the query parameter at fault.",
);
type TApiError = z.infer<typeof ZApiErrorSchema>["error"];

export function errorResponse(
  status: TApiError["status"],
  code: TApiError["code"],
  message: string,
  parameter: string | null = null,
  headers: Record<string, string> = {},
): Response {
  const body: z.infer<typeof ZApiErrorSchema> = { error: { status, code, message, parameter } };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": JSON_TYPE, "Cache-Control": "no-store", ...headers },
  });
}

/**
 * Runs a handler. A database out of reach is a JSON 503 with Retry-After; anything else
 * unexpected is logged and answered as a JSON 500, never a bare page.
 */
export async function answering(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.warn("Open data request: the database is unavailable");
      return errorResponse(
        503,
        "unavailable",
        "The database is out of reach for a moment; please try again shortly.",
        null,
        { "Retry-After": String(RETRY_AFTER_SECONDS) },
      );
    }
    console.error("Open data request failed", error);
    return errorResponse(500, "internal_error", "Something went wrong on our side; please try again.");
  }
}
