import { expect, test, type APIRequestContext } from "@playwright/test";
import { parseFeed } from "feedsmith";

interface Item {
  id: string | undefined;
  title: string | undefined;
  date: string | undefined;
  link: string | undefined;
}

const FEEDS = [
  { path: "/feed.xml", format: "rss", contentType: "application/rss+xml", title: "RSS 订阅" },
  { path: "/atom.xml", format: "atom", contentType: "application/atom+xml", title: "Atom 订阅" },
  { path: "/feed.json", format: "json", contentType: "application/feed+json", title: "JSON Feed 订阅" },
] as const;

/** An Atom text construct, plain or `{ value }`. */
function textOf(text: string | { value?: string } | undefined): string | undefined {
  return typeof text === "string" ? text : text?.value;
}

/** Each feed's items in one shape, whatever the format. */
async function readFeed(request: APIRequestContext, feed: (typeof FEEDS)[number]): Promise<Item[]> {
  const response = await request.get(feed.path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(`${feed.contentType}; charset=utf-8`);
  const parsed = parseFeed(await response.text());
  expect(parsed.format).toBe(feed.format);
  switch (parsed.format) {
    case "rss":
      expect(parsed.feed.title).toBe("Mistral AI 追踪：最新动态");
      return (parsed.feed.items ?? []).map((item) => ({
        id: item.guid?.value,
        title: item.title,
        date: item.pubDate,
        link: item.link,
      }));
    case "atom":
      expect(textOf(parsed.feed.title)).toBe("Mistral AI 追踪：最新动态");
      return (parsed.feed.entries ?? []).map((entry) => ({
        id: entry.id,
        title: textOf(entry.title),
        date: entry.updated ?? entry.published,
        link: entry.links?.find((l) => !l.rel || l.rel === "alternate")?.href,
      }));
    case "json":
      expect(parsed.feed.title).toBe("Mistral AI 追踪：最新动态");
      return (parsed.feed.items ?? []).map((item) => ({
        id: item.id,
        title: item.title,
        date: item.date_published,
        link: item.url,
      }));
    default:
      throw new Error(`Unexpected feed format ${parsed.format}`);
  }
}

test("the three feeds parse, agree, and every item links to a page of the site", async ({ request }) => {
  const [rss, atom, json] = await Promise.all(FEEDS.map((feed) => readFeed(request, feed)));

  const linkedPaths = new Set<string>();
  for (const items of [rss, atom, json]) {
    expect(items.length).toBeGreaterThanOrEqual(10);
    for (const item of items) {
      expect(item.id, JSON.stringify(item)).toMatch(/^urn:mistral-tracker:[a-z]+:\S+$/);
      expect(item.title, JSON.stringify(item)).toMatch(/^(模型|产品|融资|合作|事件)：\S/);
      expect(Number.isNaN(Date.parse(item.date ?? "")), JSON.stringify(item)).toBe(false);
      const link = new URL(item.link ?? "", "http://invalid.example");
      expect(link.hostname, JSON.stringify(item)).not.toBe("invalid.example");
      linkedPaths.add(link.pathname);
    }
    // Newest first.
    const dates = items.map((i) => Date.parse(i.date!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  }
  // The same entries in the same order, whatever the format.
  expect(atom.map((i) => i.id)).toEqual(rss.map((i) => i.id));
  expect(json.map((i) => i.id)).toEqual(rss.map((i) => i.id));
  expect(new Set(rss.map((i) => i.id)).size).toBe(rss.length);
  expect(json.map((i) => i.title)).toEqual(rss.map((i) => i.title));

  // Every linked page answers on this site.
  const statuses = await Promise.all(
    [...linkedPaths].map(async (path) => [path, (await request.get(path)).status()] as const),
  );
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  expect(statuses.length).toBeGreaterThanOrEqual(5);
});

for (const path of ["/", "/models"]) {
  test(`${path} advertises the three feeds for autodiscovery`, async ({ page, request }) => {
    await page.goto(path);
    for (const feed of FEEDS) {
      // The site's feeds; a kind's page names its own feeds beside them.
      const link = page.locator(
        `head link[rel="alternate"][type="${feed.contentType}"][title="${feed.title}"]`,
      );
      await expect(link).toHaveCount(1);
      // Relative, or absolute on the site's public origin: a feed reader must land on this site.
      const url = new URL((await link.getAttribute("href"))!, page.url());
      expect(url.origin).toBe(
        process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : new URL(page.url()).origin,
      );
      expect(url.pathname).toBe(feed.path);
      expect((await request.get(url.pathname)).status()).toBe(200);
    }
  });
}
