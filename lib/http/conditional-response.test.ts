import { describe, expect, it } from "vitest";
import { conditionalResponse, toRepresentation } from "@/lib/http/conditional-response";

const headers = { contentType: "application/feed+json; charset=utf-8", cacheControl: "no-cache" };
const representation = toRepresentation('{"items":[]}', new Date("2026-03-01T10:00:00.750Z"));
const LAST_MODIFIED = "Sun, 01 Mar 2026 10:00:00 GMT";

function respond(requestHeaders: Record<string, string> = {}, method = "GET") {
  return conditionalResponse(
    new Request("https://tracker.example/feed.json", { method, headers: requestHeaders }),
    representation,
    headers,
  );
}

describe("conditionalResponse", () => {
  it("answers with the body, a strong ETag from it, and Last-Modified in whole seconds", async () => {
    const response = respond();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"items":[]}');
    expect(response.headers.get("content-type")).toBe(headers.contentType);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]{20,}"$/);
    expect(response.headers.get("last-modified")).toBe(LAST_MODIFIED);
    expect(toRepresentation('{"items":[1]}', new Date()).etag).not.toBe(representation.etag);
  });

  it("answers 304 without a body to a matching If-None-Match, keeping ETag and Cache-Control", async () => {
    for (const ifNoneMatch of [representation.etag, `"other", W/${representation.etag}`, "*"]) {
      const response = respond({ "If-None-Match": ifNoneMatch });
      expect(response.status, ifNoneMatch).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("etag")).toBe(representation.etag);
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
    expect(respond({ "If-None-Match": representation.etag }, "HEAD").status).toBe(304);
  });

  it("answers 304 to If-Modified-Since at or after Last-Modified, 200 before it or when unreadable", () => {
    expect(respond({ "If-Modified-Since": LAST_MODIFIED }).status).toBe(304);
    expect(respond({ "If-Modified-Since": "Sun, 01 Mar 2026 11:00:00 GMT" }).status).toBe(304);
    expect(respond({ "If-Modified-Since": "Sun, 01 Mar 2026 09:59:59 GMT" }).status).toBe(200);
    expect(respond({ "If-Modified-Since": "yesterday" }).status).toBe(200);
  });

  it("lets If-None-Match decide over If-Modified-Since", () => {
    expect(respond({ "If-None-Match": '"stale"', "If-Modified-Since": LAST_MODIFIED }).status).toBe(200);
    expect(
      respond({ "If-None-Match": representation.etag, "If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT" })
        .status,
    ).toBe(304);
  });

  it("never answers 304 to a method other than GET and HEAD", () => {
    expect(respond({ "If-None-Match": "*" }, "POST").status).toBe(200);
  });
});
