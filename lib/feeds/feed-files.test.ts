import { describe, expect, it } from "vitest";
import { parseKindFeedPath } from "@/lib/feeds/feed-files";

describe("feed files", () => {
  // That /feeds/site/feed.xml stays unknown is checked end to end too (e2e/feeds.spec.ts).
  it("name each kind's feed by its scope and file, and nothing else", () => {
    expect(parseKindFeedPath("models", "atom.xml")).toEqual({ scope: "models", format: "atom" });
    expect(parseKindFeedPath("funding", "feed.json")).toEqual({ scope: "funding", format: "json" });
    expect(parseKindFeedPath("models", "feed.rss")).toBeNull();
    expect(parseKindFeedPath("people", "feed.json")).toBeNull();
    expect(parseKindFeedPath("site", "feed.xml")).toBeNull();
  });
});
