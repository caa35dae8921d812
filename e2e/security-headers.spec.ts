// Every response says how browsers must treat it: never framed by another site, no script but
// the site's own (a page's inline ones by its nonce; nothing at all in a feed or the API),
// never sniffed into another type, no referrer beyond the origin to other sites, no camera or
// location, and HTTPS only once a request came over it. Pages, feeds, the API and the admin alike.
import { expect, test } from "./fixtures/test";

const RESPONSES = [
  { path: "/", what: "a page", page: true },
  { path: "/models/codestral", what: "an entry page", page: true },
  { path: "/models?category=CODE", what: "a filtered list", page: true },
  { path: "/changes", what: "the change log", page: true },
  { path: "/no-such-page", what: "a page not found", page: true },
  { path: "/admin/login", what: "the admin's sign-in", page: true },
  { path: "/feed.xml", what: "the site's feed", page: false },
  { path: "/feeds/models/atom.xml", what: "a kind's feed", page: false },
  { path: "/api/v1/models", what: "the open data API", page: false },
  { path: "/downloads/models.csv", what: "a CSV download", page: false },
  { path: "/icon.svg", what: "the icon", page: false },
];

for (const { path, what, page } of RESPONSES) {
  test(`${what} (${path}) carries the security headers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const directives = contentSecurityPolicies(response.headersArray()).flat();
    if (page) {
      expect(directives).toEqual(
        expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]),
      );
      // Scripts: the site's own files, and its inline scripts only by the render's nonce.
      const scripts = directives.filter((d) => d.startsWith("script-src "));
      expect(scripts).toHaveLength(1);
      const [, ...sources] = scripts[0].split(" ");
      expect(sources).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/=]{16,}'$/)]);
    } else {
      // Never a page: nothing in it may run or load, and no site may frame it.
      expect(directives).toEqual(expect.arrayContaining(["default-src 'none'", "frame-ancestors 'none'"]));
    }
    const headers = response.headers();
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Plain HTTP here: Strict-Transport-Security only once HTTPS is in front.
    expect(headers["strict-transport-security"]).toBeUndefined();
  });
}

/** Each Content-Security-Policy a response carries (a browser enforces them all), as directives. */
function contentSecurityPolicies(headers: { name: string; value: string }[]): string[][] {
  return headers
    .filter(({ name }) => name.toLowerCase() === "content-security-policy")
    .flatMap(({ value }) => value.split(","))
    .map((policy) => policy.split(";").map((directive) => directive.trim()));
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
