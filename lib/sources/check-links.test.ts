// The link checker against a real local server (tests/support/link-server.ts): what each answer
// is called, where a redirect points, the time limit, the pace per host and the run's deadline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLink, checkLinks, outcomeOf } from "@/lib/sources/check-links";
import { startLinkServer, type LinkServer } from "@/tests/support/link-server";

const USER_AGENT = "mistral-tracker-link-check/1 (+http://localhost:3000/about)";
const options = { timeoutMs: 1_000, userAgent: USER_AGENT };

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

const requestsTo = (path: string) => server.requests.filter((r) => r.path === path);

describe("checkLink", () => {
  it("a page that answers 200 is fine, with one HEAD request naming the site", async () => {
    expect(await checkLink(server.url("/ok"), options)).toMatchObject({
      url: server.url("/ok"),
      outcome: "OK",
      httpStatus: 200,
      location: null,
      error: null,
    });
    expect(requestsTo("/ok")).toEqual([expect.objectContaining({ method: "HEAD", userAgent: USER_AGENT })]);
  });

  it("a redirect is not followed: it is reported as moved, with its target made absolute", async () => {
    expect(await checkLink(server.url("/moved"), options)).toMatchObject({
      outcome: "MOVED",
      httpStatus: 301,
      location: server.url("/ok"),
    });
    expect(await checkLink(server.url("/temporary"), options)).toMatchObject({
      outcome: "MOVED",
      httpStatus: 302,
      location: "https://elsewhere.example/login?next=%2F",
    });
    expect(await checkLink(server.url("/moved-permanently-elsewhere"), options)).toMatchObject({
      outcome: "MOVED",
      httpStatus: 308,
      location: "https://elsewhere.example/new-home",
    });
    expect(requestsTo("/ok")).toHaveLength(1);
  });

  it("404 and 410 are told apart from each other and from other errors, each asked again by GET", async () => {
    expect(await checkLink(server.url("/missing"), options)).toMatchObject({
      outcome: "NOT_FOUND",
      httpStatus: 404,
    });
    expect(await checkLink(server.url("/gone"), options)).toMatchObject({ outcome: "GONE", httpStatus: 410 });
    expect(await checkLink(server.url("/server-error"), options)).toMatchObject({
      outcome: "BROKEN",
      httpStatus: 500,
    });
    expect(requestsTo("/gone").map((r) => r.method)).toEqual(["HEAD", "GET"]);
  });

  it("a server that refuses HEAD (405) is asked by GET, and its 200 counts", async () => {
    expect(await checkLink(server.url("/head-refused"), options)).toMatchObject({
      outcome: "OK",
      httpStatus: 200,
    });
    expect(requestsTo("/head-refused").map((r) => r.method)).toEqual(["HEAD", "GET"]);
  });

  it("a server that never answers is a time-out once the time allowed has passed, not before", async () => {
    const started = Date.now();
    const check = await checkLink(server.url("/hang"), { ...options, timeoutMs: 500 });
    const took = Date.now() - started;
    expect(check).toMatchObject({ outcome: "TIMEOUT", httpStatus: null, error: "no answer within 0.5 s" });
    expect(took).toBeGreaterThanOrEqual(450);
    expect(took).toBeLessThan(3_000);
  });

  it("no answer at all is an error that says why; an address that is not http(s) is not fetched", async () => {
    // A port nothing listens on: the connection is refused.
    const closed = await startLinkServer();
    const refused = closed.url("/ok");
    await closed.close();
    expect(await checkLink(refused, options)).toMatchObject({
      outcome: "ERROR",
      httpStatus: null,
      error: expect.stringContaining("ECONNREFUSED"),
    });
    expect(await checkLink("ftp://example.com/file", options)).toMatchObject({
      outcome: "ERROR",
      error: "not an http(s) address",
    });
    expect(await checkLink("not a link", options)).toMatchObject({ outcome: "ERROR" });
  });

  it("names each status's outcome", () => {
    expect([200, 204, 301, 302, 303, 307, 308, 404, 410, 403, 429, 500, 503].map(outcomeOf)).toEqual([
      "OK",
      "OK",
      "MOVED",
      "MOVED",
      "MOVED",
      "MOVED",
      "MOVED",
      "NOT_FOUND",
      "GONE",
      "BROKEN",
      "BROKEN",
      "BROKEN",
      "BROKEN",
    ]);
  });
});

describe("checkLinks", () => {
  it("checks one host's links one at a time, with the pause between, and returns them in order", async () => {
    const urls = ["/ok", "/moved", "/missing", "/gone"].map((path) => server.url(`${path}?run=pace`));
    const stored: string[] = [];
    const from = server.requests.length;
    const { checks, unchecked } = await checkLinks(urls, {
      ...options,
      hostDelayMs: 200,
      hostsAtOnce: 4,
      onCheck: (check) => {
        stored.push(check.url);
      },
    });
    expect(checks.map((c) => c.outcome)).toEqual(["OK", "MOVED", "NOT_FOUND", "GONE"]);
    expect(unchecked).toEqual([]);
    expect(stored.sort()).toEqual([...urls].sort());
    // One host: every link waits for the one before and the pause after it (a link's HEAD and
    // GET are one link).
    const heads = server.requests.slice(from).filter((r) => r.method === "HEAD");
    expect(heads).toHaveLength(4);
    for (let i = 1; i < heads.length; i += 1)
      expect(heads[i].at - heads[i - 1].at).toBeGreaterThanOrEqual(190);
  });

  it("stops starting links at the deadline: a run is bounded, and what it did not reach is left", async () => {
    const urls = ["/hang", "/ok", "/missing"].map((path) => server.url(`${path}?run=deadline`));
    const started = Date.now();
    const { checks, unchecked } = await checkLinks(urls, {
      ...options,
      timeoutMs: 400,
      hostDelayMs: 100,
      hostsAtOnce: 2,
      deadline: started + 700,
    });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(checks.map((c) => c.outcome)).toEqual(["TIMEOUT"]);
    expect(unchecked).toEqual(urls.slice(1));
  });

  it("checks several hosts at once", async () => {
    // A second address of this machine is a second host: the two hanging links wait side by side.
    const other = await startLinkServer("127.0.0.2");
    try {
      const started = Date.now();
      const { checks } = await checkLinks([server.url("/hang?run=hosts"), other.url("/hang")], {
        ...options,
        timeoutMs: 1_000,
        hostDelayMs: 0,
        hostsAtOnce: 2,
      });
      expect(checks.map((c) => c.outcome)).toEqual(["TIMEOUT", "TIMEOUT"]);
      // One after the other, they would take 2 s.
      expect(Date.now() - started).toBeLessThan(1_800);
    } finally {
      await other.close();
    }
  });
});
