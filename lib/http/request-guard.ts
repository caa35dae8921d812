// Requests Next.js itself answers with a 500, refused by the proxy (proxy.ts) with the 4xx they
// deserve before any route sees them. Each was found by the bad-input corpus
// (e2e/bad-input-corpus.spec.ts). The undecodable path is Next.js issue #92527 (a fix, #92557,
// is pending there): when it lands, its case and its matcher go.

/** Next.js's own limit on a server action's body (serverActions.bodySizeLimit, 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

const refusal = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Whether the path's escapes decode (`%FF` or a bare `%` do not: Next.js answers 500). */
function decodesAsUtf8(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * A POST that Next.js would decode as a server action or a form submission: a body it cannot
 * decode (broken multipart, non-JSON, none at all) or one past its size limit makes it throw,
 * which it answers with a 500. The body is read from a copy; the request goes on untouched.
 */
async function unreadableActionBody(request: Request): Promise<Response | null> {
  const contentType = request.headers.get("content-type") ?? "";
  const isAction = request.headers.has("next-action");
  const isMultipart = contentType.toLowerCase().startsWith("multipart/form-data");
  if (!isAction && !isMultipart) return null;
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) {
    return refusal(413, "Request body too large.");
  }
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > ACTION_BODY_LIMIT) return refusal(413, "Request body too large.");
  if (isMultipart) {
    try {
      await new Response(body, { headers: { "content-type": contentType } }).formData();
      return null;
    } catch {
      return refusal(400, "The form's body cannot be read.");
    }
  }
  // Without a form, an action's arguments are JSON (React's encodeReply).
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    return null;
  } catch {
    return refusal(400, "The action's arguments cannot be read.");
  }
}

/**
 * A server action posted from another site: its Origin names another host than the request's,
 * compared as Next.js compares them (the first X-Forwarded-Host, else Host). Next.js refuses it
 * too, so CSRF holds either way, but with a 500 ("Invalid Server Actions request"). A request
 * without an Origin is left to Next.js, which lets it through as older browsers send none.
 */
function crossOriginAction(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!request.headers.has("next-action") || origin === null) return false;
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "")
    .split(",")[0]
    .trim();
  try {
    return new URL(origin).host !== host;
  } catch {
    // "null" (a sandboxed or privacy-sensitive context) or junk: not this site.
    return true;
  }
}

/**
 * The answer to a request that no route may see, or null to let it through: a path that does
 * not decode (400), a server action posted from another site (403), and a server action or form
 * whose body cannot be read (400, 413).
 */
export async function refuseUnreadableRequest(request: Request, pathname: string): Promise<Response | null> {
  if (!decodesAsUtf8(pathname)) return refusal(400, "The address is not valid UTF-8.");
  if (request.method.toUpperCase() !== "POST") return null;
  if (crossOriginAction(request)) return refusal(403, "A form of another site cannot post here.");
  return unreadableActionBody(request);
}
