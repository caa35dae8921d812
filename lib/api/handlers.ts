import "server-only";
import { answering, errorResponse, jsonResponse } from "@/lib/api/http";
import { SLUG_PATTERN } from "@/lib/content/slug";
import { API_RESOURCES, findResource } from "@/lib/api/resources";
import { siteOrigin } from "@/lib/site-origin";

// The API's route handlers, shared by every resource. A bad parameter is a 400 naming it, an
// unknown resource or slug a 404; anything unexpected is logged and answered in JSON too.

/** The request's URL with the site's public origin (SITE_URL when set). */
function publicUrl(request: Request): URL {
  const url = new URL(request.url);
  return new URL(url.pathname + url.search, siteOrigin(request));
}

function unknownResource(name: string): Response {
  const known = API_RESOURCES.map((r) => r.name).join(", ");
  return errorResponse(404, "not_found", `No resource "${name}"; the resources are: ${known}.`);
}

export function listEntries(request: Request, name: string): Promise<Response> {
  return answering(async () => {
    const resource = findResource(name);
    if (!resource) return unknownResource(name);
    const outcome = await resource.list(publicUrl(request));
    if (!outcome.ok) {
      const { parameter, message } = outcome.problem;
      return errorResponse(400, "invalid_parameter", `Parameter "${parameter}": ${message}.`, parameter);
    }
    return jsonResponse(request, outcome.body);
  });
}

export function getEntry(request: Request, name: string, slug: string): Promise<Response> {
  return answering(async () => {
    const resource = findResource(name);
    if (!resource) return unknownResource(name);
    // Only a well-formed slug can exist; anything else is not looked up (nor cached).
    const entry = SLUG_PATTERN.test(slug)
      ? await resource.get(slug, { origin: publicUrl(request).origin })
      : null;
    if (entry === null) return errorResponse(404, "not_found", `No published entry "${slug}" in ${name}.`);
    return jsonResponse(request, { data: entry });
  });
}
