import { describe, expect, it } from "vitest";
import { todays, todaysKeys } from "@/tests/support/todays-kinds";
import { isKeptPath, surrogateHeaderRules } from "@/lib/http/surrogate-keys";
import { CONTENT_KINDS } from "@/lib/kinds";
import { surrogateKeysOf } from "@/tests/support/surrogate-keys-of";

describe("what the cache tier may keep", () => {
  it("is every reader's path, never the admin, sign-in, the health check, the report form or the framework's files", () => {
    for (const path of [
      "/",
      "/models",
      "/models/codestral",
      "/feed.xml",
      "/models/codestral/feed.xml",
      "/feeds.opml",
      "/api/v1/models",
      "/administrators",
    ])
      expect(isKeptPath(path), path).toBe(true);
    for (const path of [
      "/admin",
      "/admin/models/1",
      "/api/auth/session",
      "/api/health",
      "/report",
      "/_next/static/x.js",
    ])
      expect(isKeptPath(path), path).toBe(false);
  });

  it("keeps a kind's paths under the kinds it shows, after the rule for everything", () => {
    const rules = surrogateHeaderRules();
    const keysOf = (source: string) =>
      rules.findLast((rule) => rule.source === source)?.headers.find((h) => h.key === "Surrogate-Key")?.value;
    expect(rules[0].headers).toContainEqual({ key: "Surrogate-Control", value: "max-age=86400" });
    expect(todaysKeys(keysOf("/models/:path*"))).toBe("site MODEL ORGANIZATION SOURCE");
    expect(todaysKeys(keysOf("/feeds/events/:file"))).toBe("site EVENT SOURCE");
    // The funding pages show the total raised as the story states it: an event.
    expect(todaysKeys(keysOf("/api/v1/funding-rounds/:slug"))).toBe(
      "site ROUND ORGANIZATION PERSON SOURCE EVENT",
    );
  });

  it("keeps an entry's feed under its kind's page keys, and the OPML file of every feed under every kind's", () => {
    expect(todays(surrogateKeysOf("/organizations/mistral-ai/feed.xml") ?? [])).toEqual([
      "site",
      "ORGANIZATION",
      "PERSON",
      "ROUND",
      "PARTNERSHIP",
      "MODEL",
      "SOURCE",
    ]);
    expect(surrogateKeysOf("/funding/equity-and-debt-2024/feed.xml")).toEqual(
      surrogateKeysOf("/funding/equity-and-debt-2024"),
    );
    // A list of no kind: not found now, but a later kind of entry may fill it.
    expect(surrogateKeysOf("/nothing/here/feed.xml")).toEqual(["site", ...CONTENT_KINDS]);
    expect(surrogateKeysOf("/feeds.opml")).toEqual(["site", ...CONTENT_KINDS]);
  });
});
