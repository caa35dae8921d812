import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildFeed, feedItemId, type FeedEntry } from "@/lib/feeds/build-feed";

const origin = "https://tracker.example";

const entries: FeedEntry[] = [
  {
    kind: "MODEL",
    id: "cm-model-1",
    slug: "devstral",
    title: "Devstral",
    date: { iso: "2025-05-21T00:00:00.000Z", precision: "DAY" },
    summary: "专为编码设计，以 **Apache 2.0** 许可证公开提供",
    href: "/models/devstral",
    createdAt: "2025-06-01T00:00:00.000Z",
    updatedAt: "2025-06-01T00:00:00.000Z",
    citations: [
      {
        claim: "",
        source: {
          slug: "tc-devstral",
          title: "Mistral's new Devstral model was designed for coding",
          publisher: "TechCrunch",
          url: "https://techcrunch.com/2025/05/21/mistrals-new-devstral-model-was-designed-for-coding/",
          publishedOn: { iso: "2025-05-21T00:00:00.000Z", precision: "DAY" },
        },
      },
    ],
  },
  {
    kind: "EVENT",
    id: "cm-event-1",
    slug: "ipo-plan",
    title: "Mensch：不待售，IPO 是计划 <script>",
    date: { iso: "2025-01-01T00:00:00.000Z", precision: "MONTH" },
    summary: "达沃斯",
    href: "/events/ipo-plan",
    createdAt: "2025-06-01T00:00:00.000Z",
    updatedAt: "2025-06-01T00:00:00.000Z",
    citations: [],
  },
];

describe("buildFeed", () => {
  it("builds RSS 2.0 that a feed reader parses, with stable ids, links, dates and sources", () => {
    const { format, feed } = parseFeed(buildFeed("rss", entries, origin));
    expect(format).toBe("rss");
    if (format !== "rss") return;
    expect(feed.items).toHaveLength(2);
    const [model] = feed.items!;
    expect(model.title).toBe("模型：Devstral");
    expect(model.link).toBe(`${origin}/models/devstral`);
    expect(model.guid?.value).toBe(feedItemId(entries[0]));
    expect(new Date(model.pubDate!).toISOString()).toBe("2025-05-21T00:00:00.000Z");
    expect(model.content?.encoded).toContain("techcrunch.com/2025/05/21/mistrals-new-devstral");
  });

  it("builds Atom with every entry's id and link", () => {
    const { format, feed } = parseFeed(buildFeed("atom", entries, origin));
    expect(format).toBe("atom");
    if (format !== "atom") return;
    expect(feed.entries?.map((e) => e.id)).toEqual(entries.map(feedItemId));
    expect(feed.entries?.[1].links?.[0].href).toBe(`${origin}/events/ipo-plan`);
  });

  it("builds JSON Feed 1.1 with string ids and escaped HTML content", () => {
    const json = buildFeed("json", entries, origin);
    const { format, feed } = parseFeed(json);
    expect(format).toBe("json");
    if (format !== "json") return;
    expect(JSON.parse(json).version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items?.map((i) => i.id)).toEqual(entries.map(feedItemId));
    expect(feed.items?.[0].content_html).toContain("<strong>Apache 2.0</strong>");
    expect(feed.items?.[1].title).toContain("<script>");
    expect(feed.items?.[1].content_html).not.toContain("<script>");
  });
});
