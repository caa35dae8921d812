import { createHash } from "node:crypto";

/** A response body with its validators, computed once so that a cache can keep them together. */
export interface Representation {
  body: string;
  /** A strong entity tag (quoted), from the body's hash. */
  etag: string;
  /**
   * Milliseconds since the epoch, in whole seconds like the HTTP date that carries it; absent
   * when the body has no meaningful change time (validated by its ETag alone).
   */
  lastModified?: number;
}

export function toRepresentation(body: string, lastModified?: Date): Representation {
  return {
    body,
    etag: `"${createHash("sha256").update(body).digest("base64url")}"`,
    lastModified: lastModified && Math.floor(lastModified.getTime() / 1000) * 1000,
  };
}

export interface RepresentationHeaders {
  contentType: string;
  cacheControl: string;
  /** Sent with both the full answer and a 304 (e.g. CORS headers). */
  headers?: Record<string, string>;
}

/**
 * The representation with its ETag and Last-Modified, or `304 Not Modified` (no body, same
 * ETag and Cache-Control) when the client's copy is current. HEAD is answered like GET; the
 * server sends no body for it.
 */
export function conditionalResponse(
  request: Request,
  representation: Representation,
  { contentType, cacheControl, headers }: RepresentationHeaders,
): Response {
  const validators = { ...headers, ETag: representation.etag, "Cache-Control": cacheControl };
  if (isNotModified(request, representation)) return new Response(null, { status: 304, headers: validators });
  return new Response(representation.body, {
    headers: {
      ...validators,
      "Content-Type": contentType,
      ...(representation.lastModified !== undefined && {
        "Last-Modified": new Date(representation.lastModified).toUTCString(),
      }),
    },
  });
}

/**
 * RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it (its
 * one-second resolution cannot tell apart two versions made within the same second; ETags can).
 */
function isNotModified(request: Request, representation: Representation): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesAny(ifNoneMatch, representation.etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return (
    !Number.isNaN(since) && representation.lastModified !== undefined && representation.lastModified <= since
  );
}

/** If-None-Match uses the weak comparison: `W/"x"` matches `"x"`, and `*` matches anything. */
function matchesAny(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}
