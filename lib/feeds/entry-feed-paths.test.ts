import { describe, expect, it } from "vitest";
import { ENTRY_FEED_KINDS, entryFeedPath, parseEntryFeedPath } from "@/lib/feeds/entry-feed-paths";

describe("an entry's feed path", () => {
  it("is beside the page of every kind with pages of its own, and of no other", () => {
    expect(ENTRY_FEED_KINDS.map((kind) => kind.key)).toEqual([
      "models",
      "funding",
      "partnerships",
      "organizations",
      "events",
    ]);
    expect(entryFeedPath("MODEL", "codestral")).toBe("/models/codestral/feed.xml");
    expect(entryFeedPath("ORGANIZATION", "mistral-ai")).toBe("/organizations/mistral-ai/feed.xml");
  });

  it("names its kind by the kind's list and a slug an entry can have, and nothing else", () => {
    expect(parseEntryFeedPath("funding", "equity-and-debt-2024")).toMatchObject({
      kind: { key: "funding" },
      slug: "equity-and-debt-2024",
    });
    expect(parseEntryFeedPath("organizations", "mistral-ai")?.kind.code).toBe("ORGANIZATION");
    for (const [list, slug] of [
      ["people", "arthur-mensch"],
      ["products", "le-chat"],
      ["feeds", "models"],
      ["admin", "models"],
      ["models", "Codestral"],
      ["models", "a/b"],
      ["models", "x".repeat(121)],
      ["models", ""],
    ])
      expect(parseEntryFeedPath(list, slug), `${list}/${slug}`).toBeNull();
  });
});
