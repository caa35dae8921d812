import { describe, expect, it } from "vitest";
import { FEED_FORMATS, UNCONDITIONAL_FEED_REWRITES, feedPath, parseFeedPath } from "@/lib/feeds/feed-files";

describe("feed files", () => {
  it("name each feed by its scope and file, and nothing else", () => {
    expect(parseFeedPath("site", "feed.xml")).toEqual({ scope: "site", format: "rss" });
    expect(parseFeedPath("models", "atom.xml")).toEqual({ scope: "models", format: "atom" });
    expect(parseFeedPath("models", "feed.rss")).toBeNull();
    expect(parseFeedPath("people", "feed.json")).toBeNull();
    // The site's feeds live at the root, not under /feeds/.
    expect(parseFeedPath("site", "feed.xml", { kindsOnly: true })).toBeNull();
  });

  // That /feeds/site/feed.xml stays unknown is checked end to end (e2e/feeds.spec.ts).
  it("send every feed asked for without a validator to its cached render", () => {
    const sources = UNCONDITIONAL_FEED_REWRITES.map((rewrite) => rewrite.source);
    for (const format of FEED_FORMATS) expect(sources).toContain(feedPath("site", format));
    const kindFeeds = UNCONDITIONAL_FEED_REWRITES.filter((rewrite) => rewrite.source.startsWith("/feeds/"));
    expect(kindFeeds.map((rewrite) => rewrite.destination)).toEqual(["/feeds/-/:scope/:file"]);
    for (const rewrite of UNCONDITIONAL_FEED_REWRITES) {
      expect(rewrite.missing.map((header) => header.key).sort()).toEqual([
        "if-modified-since",
        "if-none-match",
      ]);
    }
  });
});
