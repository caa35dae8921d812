import { describe, expect, it } from "vitest";
import { isKeptPath, surrogateHeaderRules } from "@/lib/http/surrogate-keys";

describe("what the cache tier may keep", () => {
  it("is every reader's path, never the admin, sign-in, the health check, the report form or the framework's files", () => {
    for (const path of [
      "/",
      "/models",
      "/models/codestral",
      "/feed.xml",
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
    expect(keysOf("/models/:path*")).toBe("site MODEL ORGANIZATION SOURCE");
    expect(keysOf("/feeds/events/:file")).toBe("site EVENT SOURCE");
    expect(keysOf("/api/v1/funding-rounds/:slug")).toBe("site ROUND ORGANIZATION PERSON SOURCE");
  });
});
