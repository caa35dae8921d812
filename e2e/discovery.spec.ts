// What search engines and link previews read: each page's head, the sitemap, robots.txt,
// structured data and the shared images.
import { expect, test, type APIRequestContext, type Page } from "./fixtures/test";
import { events } from "../prisma/seed/events";
import { models } from "../prisma/seed/models";
import { partnerships } from "../prisma/seed/partnerships";
import { rounds } from "../prisma/seed/rounds";
import { MAIN_PAGES } from "./fixtures/site";
import { publicOrigin } from "./fixtures/site-url";

const ENTRY_WITH_CHINESE_TITLE = "/events/le-chat-1m-downloads";

async function headOf(page: Page) {
  const meta = (selector: string) => page.locator(`head ${selector}`).first().getAttribute("content");
  return {
    title: await page.title(),
    description: await meta('meta[name="description"]'),
    canonical: await page.locator('head link[rel="canonical"]').getAttribute("href"),
    ogImage: await meta('meta[property="og:image"]'),
  };
}

async function jsonLdOf(page: Page): Promise<{ "@type": string; [key: string]: unknown }[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text));
}

/** Fetches a shared image and reads its size from the PNG header (IHDR). */
async function fetchPng(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  const body = await response.body();
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return {
    status: response.status(),
    type: response.headers()["content-type"],
    width: body.readUInt32BE(16),
    height: body.readUInt32BE(20),
  };
}

test("every main page and entry page has its own title, description and absolute canonical URL", async ({
  page,
}) => {
  const heads = [];
  for (const { path } of MAIN_PAGES) {
    await page.goto(path);
    const head = await headOf(page);
    expect(head.title, path).not.toBe("");
    expect(head.description?.trim(), path).toBeTruthy();
    expect(head.canonical, path).toMatch(/^https?:\/\//);
    expect(new URL(head.canonical ?? "").pathname, path).toBe(path);
    heads.push(head);
  }
  expect(new Set(heads.map((h) => h.title)).size).toBe(MAIN_PAGES.length);
  expect(new Set(heads.map((h) => h.description)).size).toBe(MAIN_PAGES.length);
});

test("a filtered, paged view names the list itself as canonical", async ({ page }) => {
  await page.goto("/timeline?kind=MODEL&page=2");
  expect(new URL((await headOf(page)).canonical ?? "").pathname).toBe("/timeline");
});

test("pages that are not there, and the admin, ask not to be indexed", async ({ page }) => {
  for (const path of ["/models/no-such-model", "/admin/login"]) {
    await page.goto(path);
    await expect(page.locator('head meta[name="robots"]').first(), path).toHaveAttribute(
      "content",
      /noindex/,
    );
  }
});

test("the sitemap lists every seeded model, round and partnership with when it changed, and no admin page", async ({
  request,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(entry)?.[1] ?? "",
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(entry)?.[1],
  }));
  const byPath = new Map(urls.map((url) => [new URL(url.loc).pathname, url]));
  const expected = [
    ...MAIN_PAGES.map((p) => p.path),
    ...models.map((m) => `/models/${m.slug}`),
    ...rounds.map((r) => `/funding/${r.slug}`),
    ...partnerships.map((p) => `/partnerships/${p.slug}`),
    ...events.map((e) => `/events/${e.slug}`),
  ];
  for (const path of expected) {
    expect(byPath.has(path), path).toBe(true);
    expect(Number.isNaN(Date.parse(byPath.get(path)?.lastmod ?? "")), path).toBe(false);
  }
  expect(urls.every((url) => /^https?:\/\//.test(url.loc))).toBe(true);
  expect([...byPath.keys()].filter((path) => path.startsWith("/admin"))).toEqual([]);
});

test("robots.txt keeps crawlers out of the admin and names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^Disallow: \/admin$/m);
  const sitemap = /^Sitemap: (.+)$/m.exec(text)?.[1] ?? "";
  expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap\.xml$/);
  expect((await request.get(new URL(sitemap).pathname)).status()).toBe(200);
});

test("structured data: the company and the explainer on the home page, a dataset on /models", async ({
  page,
}) => {
  await page.goto("/");
  const home = await jsonLdOf(page);
  const company = home.find((item) => item["@type"] === "Organization");
  expect(company).toMatchObject({ name: "Mistral AI", foundingDate: "2023" });
  // The story gives neither its address nor its website.
  expect(company).not.toHaveProperty("address");
  expect(company).not.toHaveProperty("sameAs");
  expect(company?.founders).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: "Arthur Mensch" })]),
  );
  expect(home.find((item) => item["@type"] === "Article")).toMatchObject({
    headline: "Mistral AI 是怎样一家公司",
    inLanguage: "zh-CN",
  });

  await page.goto("/models");
  const dataset = (await jsonLdOf(page)).find((item) => item["@type"] === "Dataset");
  expect(dataset?.distribution).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ "@type": "DataDownload", encodingFormat: "text/csv" }),
    ]),
  );
});

test("the home page and an entry with a Chinese title share a 1200×630 PNG of their own", async ({
  page,
  request,
  baseURL,
}) => {
  const images = [];
  for (const path of ["/", ENTRY_WITH_CHINESE_TITLE]) {
    await page.goto(path);
    const { ogImage } = await headOf(page);
    // Absolute, on the site's public origin (which this server may not be reachable at).
    const image = new URL(ogImage ?? "", "http://invalid.example");
    expect(image.origin, path).toBe(publicOrigin(baseURL!));
    expect(await fetchPng(request, image.pathname + image.search)).toEqual({
      status: 200,
      type: "image/png",
      width: 1200,
      height: 630,
    });
    images.push(ogImage);
  }
  expect(images[0]).not.toBe(images[1]);
});

test("pages tell the cache tier in front what it may keep, and under which keys it is purged", async ({
  request,
}) => {
  const keys = async (path: string) => {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["surrogate-control"], path).toBe("max-age=86400");
    // The same for every reader, but browsers ask again each time, and an edit shows at once.
    expect(response.headers()["cache-control"], path).toBe("public, max-age=0, must-revalidate");
    return response.headers()["surrogate-key"]?.split(" ");
  };
  for (const path of ["/", "/timeline?kind=MODEL", "/about", "/feed.xml", "/feeds.opml"]) {
    expect(await keys(path), path).toEqual(expect.arrayContaining(["site", "MODEL", "ROUND", "EVENT"]));
  }
  // A kind's pages, feeds and API only under the kinds they show: an event's change leaves them kept.
  for (const path of [
    "/models",
    "/models/mistral-large-2",
    "/models/mistral-large-2/feed.xml",
    "/feeds/models/feed.xml",
    "/api/v1/models",
  ]) {
    expect((await keys(path))?.sort(), path).toEqual(["MODEL", "ORGANIZATION", "SOURCE", "site"]);
  }
  // An investor's feed follows its rounds: a round's change purges it.
  expect(await keys("/organizations/lightspeed-venture-partners/feed.xml")).toContain("ROUND");
  // The admin is one editor's own, and the health check each instance's: neither is ever kept.
  for (const path of ["/admin/login", "/api/health"]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["surrogate-control"], path).toBeUndefined();
    expect(headers["cache-control"], path).toMatch(/no-store/);
  }
});
