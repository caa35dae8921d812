import { describe, expect, it } from "vitest";
import { isPagePath } from "@/lib/http/page-paths";
import { config } from "@/proxy";

const PATHS = [
  "/",
  "/models",
  "/models/codestral",
  "/timeline?kind=MODEL",
  "/changes",
  "/admin/models/1",
  "/report",
  "/about",
  "/_next/static/chunks/a.js",
  "/api/v1/models",
  "/api/auth/session",
  "/feed.xml",
  "/feed.json",
  "/atom.xml",
  "/feeds/models/atom.xml",
  "/changes/feed.xml",
  "/models/codestral/feed.xml",
  "/organizations/mistral-ai/feed.xml",
  "/feeds.opml",
  "/downloads/models.csv",
  "/og/home.png",
  "/sitemap.xml",
  "/robots.txt",
  "/icon.svg",
  "/models/codestral/opengraph-image-17lip7",
];

describe("the pages proxy.ts gives a nonce", () => {
  it("are the paths its matcher sends it, as isPagePath tells them", () => {
    const [pages] = config.matcher;
    const matcher = new RegExp(`^${String(pages)}$`);
    for (const path of PATHS)
      expect(matcher.test(path.split("?")[0]), path).toBe(isPagePath(path.split("?")[0]));
    expect(PATHS.filter((path) => isPagePath(path.split("?")[0]))).toEqual([
      "/",
      "/models",
      "/models/codestral",
      "/timeline?kind=MODEL",
      "/changes",
      "/admin/models/1",
      "/report",
      "/about",
    ]);
  });
});
