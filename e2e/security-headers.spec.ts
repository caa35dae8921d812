// Every response says how browsers must treat it: never framed by another site, never sniffed
// into another type, no referrer beyond the origin to other sites, no camera or location, and
// HTTPS only once a request came over it. Pages, feeds, the open data API and the admin alike.
import { expect, test } from "@playwright/test";

const RESPONSES = [
  { path: "/", what: "a page" },
  { path: "/models/codestral", what: "an entry page" },
  { path: "/feed.xml", what: "a feed served from its cached render" },
  { path: "/feeds/models/atom.xml", what: "a kind's feed" },
  { path: "/api/v1/models", what: "the open data API" },
  { path: "/downloads/models.csv", what: "a CSV download" },
  { path: "/admin/login", what: "the admin's sign-in" },
  { path: "/no-such-page", what: "a page not found" },
];

for (const { path, what } of RESPONSES) {
  test(`${what} (${path}) carries the security headers`, async ({ request }) => {
    const headers = (await request.get(path)).headers();
    const policy = headers["content-security-policy"] ?? "";
    expect(policy.split("; ")).toEqual(
      expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]),
    );
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Plain HTTP here: Strict-Transport-Security only once HTTPS is in front.
    expect(headers["strict-transport-security"]).toBeUndefined();
  });
}

test("behind HTTPS, every response asks browsers to keep to HTTPS", async ({ request }) => {
  for (const path of ["/", "/feed.xml", "/api/v1/models", "/admin/login"]) {
    const headers = (await request.get(path, { headers: { "X-Forwarded-Proto": "https" } })).headers();
    expect(headers["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
  }
});

test("feeds and the open data API stay readable from any origin", async ({ request }) => {
  for (const path of ["/feed.xml", "/feeds/events/feed.json", "/api/v1/models"]) {
    expect((await request.get(path)).headers()["access-control-allow-origin"], path).toBe("*");
  }
});

test("no site can frame the admin", async ({ page, baseURL }) => {
  // Another origin's page framing the sign-in: the browser refuses to render it there, and
  // shows its error page in the frame instead.
  await page.goto("about:blank");
  await page.setContent(`<iframe src="${baseURL}/admin/login" title="framed"></iframe>`);
  await expect.poll(() => page.frames()[1]?.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("iframe").getByRole("button", { name: "登录" })).toHaveCount(0);
});
