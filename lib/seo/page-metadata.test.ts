import { describe, expect, it } from "vitest";
import { feedPath } from "@/lib/feeds/feed-files";
import { entryMetadata, mainPageMetadata, plainDescription } from "@/lib/seo/page-metadata";

const feedUrls = (types: unknown) =>
  Object.values(types as Record<string, { url: string }[]>)
    .flat()
    .map((link) => link.url);

describe("page metadata", () => {
  it("gives a main page its title, canonical path, Open Graph card and its kind's feeds", () => {
    const metadata = mainPageMetadata("models");
    expect(metadata.title).toBe("模型");
    expect(metadata.alternates?.canonical).toBe("/models");
    expect(feedUrls(metadata.alternates?.types)).toEqual(
      expect.arrayContaining([
        feedPath("site", "rss"),
        feedPath("models", "rss"),
        feedPath("models", "json"),
      ]),
    );
    expect(metadata.openGraph).toMatchObject({ url: "/models", locale: "zh_CN", type: "website" });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("names only the site's feeds, and the OPML file of every feed, on a page of no kind", () => {
    const metadata = mainPageMetadata("people");
    const urls = feedUrls(metadata.alternates?.types);
    expect(urls).toContain(feedPath("site", "atom"));
    expect(metadata.alternates?.types?.["text/x-opml"]).toEqual([
      { url: "/feeds.opml", title: "Mistral AI 追踪：全部订阅" },
    ]);
    expect(urls.every((url) => !url.startsWith("/feeds/"))).toBe(true);
  });

  it("describes an entry by the plain text of its summary, as an article on its own page", () => {
    const metadata = entryMetadata("EVENT", {
      slug: "pro-plan",
      title: "Le Chat Pro",
      text: "**Le Chat** 推出 [Pro 计划](https://example.com)。",
      updatedAt: "2025-06-01T00:00:00.000Z",
    });
    expect(metadata.description).toBe("Le Chat 推出 Pro 计划。");
    expect(metadata.alternates?.canonical).toBe("/events/pro-plan");
    expect(feedUrls(metadata.alternates?.types)).toContain(feedPath("events", "rss"));
    expect(metadata.alternates?.types?.["application/rss+xml"]).toContainEqual({
      url: "/events/pro-plan/feed.xml",
      title: "Mistral AI 追踪：事件「Le Chat Pro」的动态",
    });
    expect(metadata.openGraph).toMatchObject({ type: "article", modifiedTime: "2025-06-01T00:00:00.000Z" });
  });

  it("falls back to the kind and title when an entry has no text", () => {
    const metadata = entryMetadata("ORGANIZATION", { slug: "x", title: "X", text: "", updatedAt: "" });
    expect(metadata.description).toBe("机构：X");
  });
});

describe("plainDescription", () => {
  it("cuts long text to 160 characters, ending with an ellipsis", () => {
    const text = "模".repeat(200);
    const description = plainDescription(text);
    expect(Array.from(description)).toHaveLength(160);
    expect(description.endsWith("模…")).toBe(true);
    expect(plainDescription("短文本")).toBe("短文本");
  });
});
