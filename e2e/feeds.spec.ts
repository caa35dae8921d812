// Feed readers' view: the site's feeds and each kind's, in RSS, Atom and JSON Feed, found from
// the pages' <head>, and cheap to poll (ETag, Last-Modified, 304).
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { expect, test, type APIRequestContext } from "./fixtures/test";
import FeedSub from "feedsub";
import { readFeedShape, type FeedShape } from "../tests/support/feed-shape";
import { decodeHtml } from "../tests/support/decode-html";
import { events as seededEvents } from "../prisma/seed/events";
import { escapeRegExp, MAIN_PAGES } from "./fixtures/site";
import { publicOrigin } from "./fixtures/site-url";

const FORMATS = [
  { format: "rss", file: "feed.xml", contentType: "application/rss+xml", title: "RSS 订阅" },
  { format: "atom", file: "atom.xml", contentType: "application/atom+xml", title: "Atom 订阅" },
  { format: "json", file: "feed.json", contentType: "application/feed+json", title: "JSON Feed 订阅" },
] as const;
type Format = (typeof FORMATS)[number];

/** Each feed: its channel title, the kinds its items may have (as in their ids and titles). */
const SCOPES = [
  {
    scope: "site",
    name: "最新动态",
    kinds: { model: "模型", product: "产品", round: "融资", partnership: "合作", event: "事件" },
  },
  { scope: "models", name: "模型", kinds: { model: "模型" }, pages: ["/models", "/models/mistral-large-2"] },
  {
    scope: "funding",
    name: "融资",
    kinds: { round: "融资" },
    pages: ["/funding", "/funding/equity-and-debt-2024"],
  },
  {
    scope: "partnerships",
    name: "合作",
    kinds: { partnership: "合作" },
    pages: ["/partnerships", "/partnerships/microsoft-azure"],
  },
  { scope: "events", name: "事件", kinds: { event: "事件" }, pages: ["/events/le-chat-1m-downloads"] },
] as const;
type Scope = (typeof SCOPES)[number];

/** Items of the story's facts that it gives no link for (e.g. the Le Chat Pro plan). */
const UNSOURCED_TITLES = new Set(
  seededEvents.filter((e) => e.citations.length === 0).map((e) => `事件：${e.title}`),
);

const feedPath = (scope: Scope["scope"], format: Format) =>
  scope === "site" ? `/${format.file}` : `/feeds/${scope}/${format.file}`;
const ALL_FEEDS = SCOPES.flatMap((s) => FORMATS.map((f) => feedPath(s.scope, f)));

/** A feed as a reader gets it, checked for its content type, in one shape whatever the format. */
async function readFeed(request: APIRequestContext, path: string, format: Format): Promise<FeedShape> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe(`${format.contentType}; charset=utf-8`);
  const feed = readFeedShape(await response.text());
  expect(feed.format).toBe(format.format);
  if (feed.format === "atom") expect(feed.id).toBeTruthy();
  return feed;
}

/** An absolute link lands on this site: on SITE_URL when set, else on the default origin. */
function expectOnThisSite(url: string | undefined, baseURL: string | undefined, what: string) {
  const link = new URL(url ?? "", "http://invalid.example");
  expect(link.origin, what).toBe(publicOrigin(baseURL!));
}

for (const scope of SCOPES) {
  test(`the ${scope.scope} feeds parse in every format, agree, and hold only their kinds`, async ({
    request,
    baseURL,
  }) => {
    const feeds = await Promise.all(
      FORMATS.map(async (format) => {
        const path = feedPath(scope.scope, format);
        const feed = await readFeed(request, path, format);
        expect(feed.title, path).toBe(`Mistral AI 追踪：${scope.name}`);
        expect(feed.language, path).toBe("zh-CN");
        expectOnThisSite(feed.self, baseURL, path);
        expect(new URL(feed.self!).pathname, path).toBe(path);
        expectOnThisSite(feed.home, baseURL, path);
        // RSS's and Atom's titles are HTML, as readers take them (a title's " is &#34;); JSON
        // Feed's are plain text: each as a reader shows it.
        return feed.items.map((item) =>
          format.format === "json" ? item : { ...item, title: decodeHtml(item.title) },
        );
      }),
    );
    const kinds: Record<string, string> = scope.kinds;
    const linkedPaths = new Set<string>();
    for (const [index, items] of feeds.entries()) {
      const format = FORMATS[index].format;
      expect(items.length, format).toBeGreaterThanOrEqual(scope.scope === "site" ? 10 : 1);
      for (const item of items) {
        const what = `${format} ${JSON.stringify(item.title)}`;
        const kind = /^urn:mistral-tracker:([a-z]+):\S+$/.exec(item.id ?? "")?.[1] ?? "";
        expect(Object.keys(kinds), what).toContain(kind);
        expect(item.title, what).toMatch(new RegExp(`^${kinds[kind]}：\\S`));
        expectOnThisSite(item.link, baseURL, what);
        linkedPaths.add(new URL(item.link!).pathname);
        expect(Number.isNaN(Date.parse(item.published ?? "")), what).toBe(false);
        if (format !== "rss")
          expect(Date.parse(item.updated!), what).toBeGreaterThanOrEqual(Date.parse(item.published!));
        expect(item.summary?.trim(), what).toBeTruthy();
        // The full text with its sources, each a link; none where the story links none.
        if (UNSOURCED_TITLES.has(item.title ?? "")) expect(item.content, what).not.toContain("来源：");
        else expect(item.content, what).toMatch(/<p>来源：<\/p><ul><li><a href="https?:\/\//);
      }
      // Newest first.
      const dates = items.map((i) => Date.parse(i.published!));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
    // The same entries in the same order, whatever the format, each once.
    const [rss, atom, json] = feeds;
    expect(atom.map((i) => i.id)).toEqual(rss.map((i) => i.id));
    expect(json.map((i) => i.id)).toEqual(rss.map((i) => i.id));
    expect(json.map((i) => i.title)).toEqual(rss.map((i) => i.title));
    expect(new Set(rss.map((i) => i.id)).size).toBe(rss.length);

    // Every linked page answers on this site.
    const statuses = await Promise.all(
      [...linkedPaths].map(async (path) => [path, (await request.get(path)).status()] as const),
    );
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  });
}

for (const { path } of MAIN_PAGES) {
  const scope = SCOPES.find((s) => "pages" in s && (s.pages as readonly string[]).includes(path));
  test(`${path} advertises the site's feeds${scope ? ` and the ${scope.scope} feeds` : ""}`, async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(path);
    for (const format of FORMATS) {
      const links = page.locator(`head link[rel="alternate"][type="${format.contentType}"]`);
      const expected: { title: string | RegExp; path: string }[] = [
        { title: format.title, path: `/${format.file}` },
      ];
      if (scope)
        expected.push({ title: `${scope.name} · ${format.title}`, path: feedPath(scope.scope, format) });
      // An entry's page (one under a list) names its own feed too, after the kind's.
      if (format.format === "rss" && path.split("/").length === 3) {
        const name = escapeRegExp(await page.getByRole("heading", { level: 1 }).innerText());
        expected.push({
          title: new RegExp(`^Mistral AI 追踪：\\S+「${name}」的动态$`),
          path: `${path}/feed.xml`,
        });
      }
      await expect(links).toHaveCount(expected.length);
      for (const [index, { title, path: feed }] of expected.entries()) {
        const link = links.nth(index);
        await expect(link).toHaveAttribute("title", title);
        // Relative, or absolute on the site's public origin: a feed reader must land on this site.
        const url = new URL((await link.getAttribute("href"))!, page.url());
        expect(url.origin).toBe(publicOrigin(baseURL!));
        expect(url.pathname).toBe(feed);
        expect((await request.get(url.pathname)).status()).toBe(200);
      }
    }
  });
}

test("the footer links the site's feeds and each kind's", async ({ page, request }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  const links = [
    { name: "RSS", exact: true, href: "/feed.xml" },
    { name: "Atom", exact: true, href: "/atom.xml" },
    { name: "JSON Feed", exact: true, href: "/feed.json" },
    ...SCOPES.filter((s) => s.scope !== "site").map((s) => ({
      name: `${s.name} · RSS 订阅`,
      exact: true,
      href: `/feeds/${s.scope}/feed.xml`,
    })),
  ];
  for (const { name, exact, href } of links) {
    await expect(footer.getByRole("link", { name, exact })).toHaveAttribute("href", href);
    expect((await request.get(href)).status()).toBe(200);
  }
});

test("every feed answers 304 to a reader who has it, by ETag or by date, and HEAD", async ({ request }) => {
  await Promise.all(
    ALL_FEEDS.map(async (path) => {
      const first = await request.get(path);
      const etag = first.headers()["etag"];
      const lastModified = first.headers()["last-modified"];
      expect(etag, path).toMatch(/^"[^"]+"$/);
      expect(Number.isNaN(Date.parse(lastModified)), path).toBe(false);
      expect(first.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");

      const conditions: Record<string, string>[] = [
        { "If-None-Match": etag },
        { "If-Modified-Since": lastModified },
      ];
      for (const headers of conditions) {
        const again = await request.get(path, { headers });
        expect(again.status(), `${path} ${JSON.stringify(headers)}`).toBe(304);
        expect((await again.body()).length).toBe(0);
        expect(again.headers()["etag"]).toBe(etag);
        expect(again.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
      }
      // An ETag that no longer matches wins over a date that would.
      const changed = await request.get(path, {
        headers: { "If-None-Match": '"an-older-version"', "If-Modified-Since": lastModified },
      });
      expect(changed.status(), path).toBe(200);
      expect(await changed.text()).toBe(await first.text());

      const head = await request.head(path);
      expect(head.status(), path).toBe(200);
      expect(head.headers()["etag"]).toBe(etag);
      expect(head.headers()["content-type"]).toBe(first.headers()["content-type"]);
      expect((await head.body()).length).toBe(0);
    }),
  );
});

/** Statuses of the answers this process's HTTP clients got for a URL path, as they arrive. */
function watchAnswers(path: string): { statuses: number[]; stop(): void } {
  const statuses: number[] = [];
  const onAnswer = (message: unknown) => {
    const { request, response } = message as { request: { path: string }; response: IncomingMessage };
    if (request.path === path) statuses.push(response.statusCode!);
  };
  diagnostics.subscribe("http.client.response.finish", onAnswer);
  return { statuses, stop: () => diagnostics.unsubscribe("http.client.response.finish", onAnswer) };
}

test("a feed reader polling again gets 304 for every feed, by the validators it was sent", async ({
  baseURL,
}) => {
  for (const path of ALL_FEEDS) {
    // feedsub keeps the ETag and Last-Modified of each answer and sends them with its next poll,
    // as feed readers do.
    const reader = new FeedSub(`${baseURL}${path}`, { autoStart: false, emitOnStart: true });
    const poll = () =>
      new Promise<number>((resolve, reject) =>
        reader.read((error, items) => (error ? reject(error) : resolve(items?.length ?? 0))),
      );
    const answers = watchAnswers(path);
    try {
      expect(await poll(), `${path}: items of the first poll`).toBeGreaterThan(0);
      expect(reader.getOpts.headers["If-None-Match"], path).toMatch(/^"[^"]+"$/);
      expect(await poll(), `${path}: items of the second poll`).toBe(0);
      expect(answers.statuses, path).toEqual([200, 304]);
    } finally {
      answers.stop();
    }
  }
});

test("a feed's Last-Modified is its newest entry's change, not the time it was rendered", async ({
  request,
}) => {
  for (const scope of SCOPES) {
    const path = feedPath(scope.scope, FORMATS[1]);
    const response = await request.get(path);
    const feed = readFeedShape(await response.text());
    const newest = Math.max(...feed.items.map((item) => Date.parse(item.updated!)));
    expect(response.headers()["last-modified"], path).toBe(new Date(newest).toUTCString());
  }
});

for (const path of [
  "/feeds/products/feed.xml",
  "/feeds/site/feed.xml",
  "/feeds/models/rss.xml",
  "/feeds/models",
]) {
  test(`${path} is not a feed`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(404);
  });
}
