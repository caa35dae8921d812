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
    expect(originFromHeaders(headers, ["127.0.0.1"])).toBe("https://tracker.example");
  });

  it("takes no forwarded host from a client when no proxy is trusted, nor a malformed host", () => {
    const forged = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" });
    expect(originFromHeaders(forged, [])).toBe("http://127.0.0.1:3000");
    for (const host of ["evil.example/path", "a b", "evil.example@x", "<script>"]) {
      expect(originFromHeaders(new Headers({ host }), []), host).toBeUndefined();
    }
    expect(originFromHeaders(new Headers({ host: "[::1]:3000" }), [])).toBe("http://[::1]:3000");
  });

  it("falls back to the request URL when there is no host header", () => {
    expect(originFromHeaders(new Headers())).toBeUndefined();
    expect(siteOrigin(new Request("http://127.0.0.1:4000/"))).toBe("http://127.0.0.1:4000");
  });
});
