// Following one entry: a model's page names its own feed in its <head> and links it beside its
// change log; the feed is the model's, RSS that feed readers parse. The OPML file of every feed,
// found from any page, lists every entry's feed, each of which answers.
import { parseFeed, parseOpml } from "feedsmith";
import { expect, test } from "./fixtures/test";
import { publicOrigin } from "./fixtures/site-url";

const MODEL_PAGE = "/models/mistral-large-2";
const FEED = `${MODEL_PAGE}/feed.xml`;

test("a reader finds a model's own feed on its page and subscribes to it", async ({ page, baseURL }) => {
  await page.goto(MODEL_PAGE);
  const name = await page.getByRole("heading", { level: 1 }).innerText();
  const title = `Mistral AI 追踪：模型「${name}」的动态`;

  // Autodiscovery: the page's head names the feed, after the site's and the kind's.
  const discovered = page.locator('head link[rel="alternate"][type="application/rss+xml"]').last();
  await expect(discovered).toHaveAttribute("title", title);
  expect(new URL((await discovered.getAttribute("href"))!, page.url()).pathname).toBe(FEED);

  // And the page links it where readers look, beside the entry's change log.
  const tools = page.getByRole("main").getByRole("paragraph").filter({ hasText: "修改记录" });
  const link = tools.getByRole("link", { name: "订阅此条目", exact: true });
  await expect(link).toHaveAttribute("href", FEED);

  const response = await page.request.get((await link.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  expect(response.headers()["etag"]).toMatch(/^"[^"]+"$/);
  const parsed = parseFeed(await response.text());
  expect(parsed.format).toBe("rss");
  if (parsed.format !== "rss") return;
  const origin = publicOrigin(baseURL!);
  expect(parsed.feed.title).toBe(title);
  expect(parsed.feed.link).toBe(`${origin}${MODEL_PAGE}`);
  expect(parsed.feed.atom?.links?.find((l) => l.rel === "self")?.href).toBe(`${origin}${FEED}`);
  expect(parsed.feed.language).toBe("zh-CN");
});

test("entry feeds of unknown, unlisted or unpublished entries are not found", async ({ request }) => {
  for (const path of [
    "/models/no-such-model/feed.xml",
    "/people/arthur-mensch/feed.xml",
    "/products/le-chat/feed.xml",
    "/nothing/mistral-large-2/feed.xml",
    "/models/Mistral-Large-2/feed.xml",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test("the OPML file of every feed is found from any page and lists every entry's feed", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("/");
  const discovered = page.locator('head link[rel="alternate"][type="text/x-opml"]');
  await expect(discovered).toHaveAttribute("title", "Mistral AI 追踪：全部订阅");
  const footerLink = page.getByRole("contentinfo").getByRole("link", { name: "全部订阅（OPML）" });
  await expect(footerLink).toHaveAttribute("href", "/feeds.opml");
  expect(new URL((await discovered.getAttribute("href"))!, page.url()).pathname).toBe("/feeds.opml");

  const response = await request.get("/feeds.opml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/x-opml; charset=utf-8");
  const opml = parseOpml(await response.text());
  type Outline = { text?: string; xmlUrl?: string; htmlUrl?: string; outlines?: Outline[] };
  const groups = (opml.body?.outlines ?? []) as Outline[];
  expect(groups.map((group) => group.text)).toEqual(["全站", "分类订阅", "修改记录", "条目订阅"]);
  const feedsOf = (outline: Outline): Outline[] =>
    outline.xmlUrl ? [outline] : (outline.outlines ?? []).flatMap(feedsOf);

  const origin = publicOrigin(baseURL!);
  const all = groups.flatMap(feedsOf);
  for (const feed of all) {
    expect(new URL(feed.xmlUrl!).origin, feed.text).toBe(origin);
    expect(new URL(feed.htmlUrl!).origin, feed.text).toBe(origin);
  }
  const paths = all.map((feed) => new URL(feed.xmlUrl!).pathname);
  expect(paths).toEqual(
    expect.arrayContaining(["/feed.xml", "/feeds/models/atom.xml", "/changes/feed.xml", FEED]),
  );
  // Every entry's feed, under its kind; the sitemap lists the same entries' pages.
  const entryFeeds = feedsOf(groups[3]).map((feed) => new URL(feed.xmlUrl!).pathname);
  expect(entryFeeds).toEqual(
    expect.arrayContaining(["/organizations/mistral-ai/feed.xml", "/funding/equity-and-debt-2024/feed.xml"]),
  );
  const sitemap = await (await request.get("/sitemap.xml")).text();
  // The sitemap's entry pages (one segment under a list) are the pages those feeds follow.
  const entryPages = [...sitemap.matchAll(/<loc>https?:\/\/[^/<]+(\/[^/<]+\/[^/<]+)<\/loc>/g)].map(
    (match) => `${match[1]}/feed.xml`,
  );
  expect([...entryFeeds].sort()).toEqual(entryPages.sort());

  const statuses = await Promise.all(
    paths.map(async (path) => [path, (await request.get(path)).status()] as const),
  );
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
});
