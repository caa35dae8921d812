import { parseFeed } from "feedsmith";
import { decodeHtml } from "@/tests/support/decode-html";
import { describe, expect, it } from "vitest";
import { buildFeed, feedItemId, type FeedEntry } from "@/lib/feeds/build-feed";
import { FEED_FORMATS, type FeedFormat, type FeedScope } from "@/lib/feeds/feed-files";
import { t } from "@/lib/i18n";
import { readFeedShape, type FeedShape } from "@/tests/support/feed-shape";
import { KIND_FEED_SCOPES } from "@/lib/kinds";

const origin = "https://tracker.example";
const RFC_3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

const model: FeedEntry = {
  kind: "MODEL",
  id: "cm-model-1",
  slug: "devstral",
  title: "Devstral",
  date: { iso: "2025-05-21T00:00:00.000Z", precision: "DAY" },
  dateQualifier: null,
  summary: "专为编码设计，以 **Apache 2.0** 许可证公开提供",
  href: "/models/devstral",
  createdAt: "2025-06-01T00:00:00.000Z",
  updatedAt: "2025-06-03T08:30:00.000Z",
  publishedAt: "2025-06-02T09:00:00.000Z",
  citations: [
    {
      claim: "面向编码代理",
      status: "REPORTED",
      source: {
        slug: "tc-devstral",
        title: "Mistral's new Devstral model was designed for coding",
        publisher: "TechCrunch",
        url: "https://techcrunch.com/2025/05/21/mistrals-new-devstral-model-was-designed-for-coding/",
        publishedOn: { iso: "2025-05-21T00:00:00.000Z", precision: "DAY" },
        archiveUrl: "https://web.archive.org/web/2025/https://techcrunch.com/devstral?a=1&b=2",
        checkedOn: { iso: "2026-12-01T00:00:00.000Z", precision: "DAY" },
      },
    },
  ],
  alternativeValues: [],
};

const event: FeedEntry = {
  kind: "EVENT",
  id: "cm-event-1",
  slug: "ipo-plan",
  title: "Mensch：不待售，IPO 是计划 <script> & AT&T\u0008",
  date: { iso: "2025-01-01T00:00:00.000Z", precision: "MONTH" },
  dateQualifier: null,
  summary: "达沃斯：5 < 8 & **AT&T**",
  href: "/events/ipo-plan",
  createdAt: "2025-06-01T00:00:00.000Z",
  updatedAt: "2025-06-01T00:00:00.000Z",
  publishedAt: "2025-06-01T00:00:00.000Z",
  citations: [
    {
      claim: "欧洲有史以来规模最大的一轮",
      status: "CONFIRMED",
      // A source whose title is not known: named by its publisher, never by its address.
      source: {
        slug: "ft-seed-round",
        title: null,
        publisher: "Financial Times",
        url: "https://www.ft.com/content/cf939ea4-d96c-4908-896a-48a74381f251",
        publishedOn: null,
        archiveUrl: null,
        checkedOn: null,
      },
    },
  ],
  alternativeValues: [
    {
      field: "amount",
      fieldLabel: "金额",
      value: "1630 万美元 <b>",
      amount: { minor: "1630000000", currency: "USD" },
      source: {
        slug: "tc-microsoft-investment",
        title: null,
        publisher: "TechCrunch",
        url: "https://techcrunch.com/2024/02/27/microsoft-made-a-16-million-investment-in-mistral-ai/",
        publishedOn: null,
        archiveUrl: null,
        checkedOn: null,
      },
      status: "REPORTED",
      note: "",
    },
    {
      field: "date",
      fieldLabel: "日期",
      value: "近 60 亿美元估值",
      amount: null,
      source: null,
      status: "ESTIMATED",
      note: "谈退出前景时所述",
    },
  ],
};

const entries = [model, event];

function read(format: FeedFormat, scope: FeedScope, feedEntries: readonly FeedEntry[]): FeedShape {
  const feed = readFeedShape(buildFeed(scope, format, feedEntries, origin));
  expect(feed.format).toBe(format);
  return feed;
}

/** Text as a reader shows it from an HTML field. */

describe("buildFeed, in every format", () => {
  for (const format of FEED_FORMATS) {
    it(`${format}: stable ids, its publication here as published, its last edit as updated`, () => {
      const feed = read(format, "site", entries);
      expect(feed.title).toBe(t.feeds.channels.site.title);
      expect(feed.items.map((i) => i.id)).toEqual([
        "urn:mistral-tracker:model:cm-model-1",
        "urn:mistral-tracker:event:cm-event-1",
      ]);
      const [devstral] = feed.items;
      expect(devstral.link).toBe(`${origin}/models/devstral`);
      expect(decodeHtml(devstral.title)).toBe("模型：Devstral");
      // When this site published it, not the model's own date (2025-05-21), which is in the text.
      expect(new Date(devstral.published!).toISOString()).toBe(model.publishedAt);
      expect(devstral.content).toContain("2025年5月21日");
      if (format !== "rss") {
        // RSS has no per-item updated date; Atom and JSON Feed do.
        expect(devstral.updated).toMatch(RFC_3339);
        expect(new Date(devstral.updated!).toISOString()).toBe(model.updatedAt);
      }
      if (format === "json") expect(devstral.published).toMatch(RFC_3339);
    });

    it(`${format}: a plain-text summary, and the full text with its sources as HTML`, () => {
      const [devstral, ipo] = read(format, "site", entries).items;
      expect(decodeHtml(devstral.summary)).toBe("专为编码设计，以 Apache 2.0 许可证公开提供");
      // HTML-escaped where the field is read as HTML, so "<" stays text; plain in JSON Feed.
      expect(decodeHtml(ipo.summary)).toBe("达沃斯：5 < 8 & AT&T");
      if (format !== "json") expect(ipo.summary).not.toContain("<");
      expect(devstral.content).toContain("<strong>Apache 2.0</strong>");
      expect(devstral.content).toContain(
        '<a href="https://techcrunch.com/2025/05/21/mistrals-new-devstral-model-was-designed-for-coding/">',
      );
      expect(devstral.content).toContain("（TechCrunch）：面向编码代理");
      // An archived copy follows its source's link.
      expect(devstral.content).toContain(
        ' · <a href="https://web.archive.org/web/2025/https://techcrunch.com/devstral?a=1&#38;b=2">存档</a>（TechCrunch）',
      );
      expect(ipo.content).not.toContain("存档");
      expect(devstral.content).toContain(`<a href="${origin}/models/devstral">`);
      expect(ipo.content).not.toContain("<script>");
      expect(ipo.content).toContain(
        '<a href="https://www.ft.com/content/cf939ea4-d96c-4908-896a-48a74381f251">Financial Times</a>：欧洲有史以来规模最大的一轮',
      );
      expect(ipo.content).not.toContain("（Financial Times）");
    });

    it(`${format}: each source's claim status, and every other value of a fact with its source`, () => {
      const [devstral, ipo] = read(format, "site", entries).items;
      expect(devstral.content).toContain("（TechCrunch）：面向编码代理〔媒体报道〕");
      expect(ipo.content).toContain("：欧洲有史以来规模最大的一轮〔公司确认〕");
      expect(devstral.content).not.toContain("另有说法");
      expect(ipo.content).toContain("<p>另有说法：</p>");
      expect(ipo.content).toContain(
        '<li>金额：1630 万美元 &#60;b&#62;（<a href="https://techcrunch.com/2024/02/27/microsoft-made-a-16-million-investment-in-mistral-ai/">TechCrunch</a>，媒体报道）</li>',
      );
      expect(ipo.content).toContain("<li>日期：近 60 亿美元估值（未附来源，估算；谈退出前景时所述）</li>");
    });

    it(`${format}: a title's markup is text, never HTML, and characters XML cannot carry are dropped`, () => {
      const [, ipo] = read(format, "site", entries).items;
      const title = format === "json" ? ipo.title : decodeHtml(ipo.title);
      // JSON can carry any character; XML cannot carry U+0008.
      const expected = `事件：${format === "json" ? event.title : event.title.replace("\u0008", "")}`;
      expect(title).toBe(expected);
      if (format !== "json") expect(ipo.title).not.toContain("<");
    });

    it(`${format}: correcting a typo updates the item in place, never makes it new`, () => {
      const fixed: FeedEntry = {
        ...model,
        summary: "专为编码设计，以 **Apache 2.0** 许可证公开发布",
        updatedAt: "2025-07-01T12:00:00.000Z",
      };
      const before = read(format, "models", [model]).items[0];
      const after = read(format, "models", [fixed]).items[0];
      expect(after.id).toBe(before.id);
      expect(after.published).toBe(before.published);
      expect(after.content).not.toBe(before.content);
      expect(after.content).toContain("公开发布");
      if (format !== "rss") expect(Date.parse(after.updated!)).toBeGreaterThan(Date.parse(before.updated!));
    });
  }

  it("never dates an update before its publication, and pads no date of the entry's own", () => {
    const scheduled: FeedEntry = { ...event, updatedAt: "2025-05-01T00:00:00.000Z" };
    const [item] = read("atom", "events", [scheduled]).items;
    expect(item.updated).toBe(event.publishedAt);
    // Published without a time (rows from before publication times): its creation, never "2025-01-01".
    const [untimed] = read("rss", "events", [{ ...event, publishedAt: null }]).items;
    expect(new Date(untimed.published!).toISOString()).toBe(event.createdAt);
  });
});

describe("each feed's own channel", () => {
  for (const scope of ["site", ...KIND_FEED_SCOPES] as const) {
    for (const format of FEED_FORMATS) {
      it(`${scope} ${format}: its title, its own URL as self link, and its page as home`, () => {
        const feed = read(format, scope, entries);
        expect(feed.title).toBe(t.feeds.channels[scope].title);
        const file = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" }[format];
        expect(feed.self).toBe(scope === "site" ? `${origin}/${file}` : `${origin}/feeds/${scope}/${file}`);
        expect(feed.home).toMatch(new RegExp(`^${origin}/`));
        expect(feed.language).toBe("zh-CN");
      });
    }
  }

  it("RSS marks guids as ids, not links", () => {
    const rss = buildFeed("site", "rss", entries, origin);
    expect(rss).toContain(`<guid isPermaLink="false">${feedItemId(model)}</guid>`);
    expect(rss).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
  });

  it("Atom gives the feed an id, an author, and updated as its newest change", () => {
    const parsed = parseFeed(buildFeed("models", "atom", entries, origin));
    if (parsed.format !== "atom") throw new Error(parsed.format);
    expect(parsed.feed.id).toBe(`${origin}/models`);
    expect(parsed.feed.authors?.[0].name).toBe(t.site.name);
    expect(parsed.feed.updated).toBe(model.updatedAt);
    expect(parsed.feed.entries?.[0].categories?.[0]).toMatchObject({ term: "model", label: "模型" });
  });

  it("JSON Feed is version 1.1 with authors, and item ids are unique strings", () => {
    const document = JSON.parse(buildFeed("site", "json", entries, origin)) as {
      version: string;
      authors: { name: string }[];
      author?: unknown;
      items: { id: unknown }[];
    };
    expect(document.version).toBe("https://jsonfeed.org/version/1.1");
    expect(document.authors).toEqual([{ name: t.site.name, url: `${origin}/` }]);
    expect(document.author).toBeUndefined();
    expect(document.items.every((i) => typeof i.id === "string")).toBe(true);
    expect(new Set(document.items.map((i) => i.id)).size).toBe(document.items.length);
  });
});
