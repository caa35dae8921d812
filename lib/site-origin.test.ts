import { describe, expect, it } from "vitest";
import { originFromHeaders, siteOrigin } from "@/lib/site-origin";

describe("the request's origin, without SITE_URL", () => {
  it("is the host the client asked for, not the address the server listens on", () => {
    const request = new Request("http://localhost:3000/feed.xml", { headers: { host: "127.0.0.1:3000" } });
    expect(siteOrigin(request)).toBe("http://127.0.0.1:3000");
  });

  it("follows what a proxy forwards, taking the first of several values", () => {
    const headers = new Headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "tracker.example, proxy.internal",
      "x-forwarded-proto": "https, http",
    });
    expect(originFromHeaders(headers)).toBe("https://tracker.example");
  });

  it("falls back to the request URL when there is no host header", () => {
    expect(originFromHeaders(new Headers())).toBeUndefined();
    expect(siteOrigin(new Request("http://127.0.0.1:4000/"))).toBe("http://127.0.0.1:4000");
  });
});
