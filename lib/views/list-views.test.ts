import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import {
  DEFAULT_VIEW,
  isCanonicalView,
  isListPath,
  MAX_VIEW_VALUE_LENGTH,
  LIST_VIEWS,
  PLAIN_PAGE_PATTERN,
  PLAIN_SEARCH_PATTERN,
  viewParams,
  viewPath,
  viewToken,
  type ListPath,
} from "@/lib/views/list-views";

const query = (text: string) => new URLSearchParams(text);

describe("list views", () => {
  it("stand for a list's own parameters, in a fixed order, whatever else the query holds", () => {
    const token = viewToken("/timeline", query("utm_source=x&page=2&kind=MODEL"));
    expect(token).toBe(viewToken("/timeline", query("kind=MODEL&page=2")));
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(viewParams(token)).toEqual({ kind: "MODEL", page: "2" });
  });

  it("carry any text a reader searches for, unchanged", () => {
    for (const q of ["融资", `%_'"; DROP TABLE`, "🚀 Le Chat", "a/b?c=d&e"]) {
      expect(viewParams(viewToken("/search", query(`q=${encodeURIComponent(q)}`)))).toEqual({ q });
    }
  });

  it("keep a long value's start, enough to tell it was cut, in a short token", () => {
    const token = viewToken("/search", query(`q=${"融".repeat(1000)}`));
    expect(viewParams(token).q).toBe("融".repeat(MAX_VIEW_VALUE_LENGTH));
    expect(token.length).toBeLessThan(600);
  });

  it("take a parameter given twice by its last value, as next.config.ts rewrites do", () => {
    expect(viewParams(viewToken("/search", query("q=a&q=b")))).toEqual({ q: "b" });
  });

  it("send a search for plain text past the proxy, and every other search through it", () => {
    // Next.js reads a `has` value as a whole-value pattern.
    const anchored = (pattern: string) => new RegExp(`^${pattern}$`);
    const plain = anchored(PLAIN_SEARCH_PATTERN);
    const searchMatch = config.matcher.find((m) => m.source === "/search")?.has?.[0];
    const proxied = anchored(searchMatch && "value" in searchMatch ? searchMatch.value : "");
    const plainTexts = [
      "融资",
      "mistral large",
      "a+b",
      "<script>",
      ".",
      "..",
      "🚀".repeat(60),
      "x".repeat(120),
    ];
    const otherTexts = ["100%", "a/b", "why?", "#1", "a\\b", "a\nb", "\u007f", "x".repeat(121)];
    for (const q of plainTexts) expect([plain.test(q), proxied.test(q)], q).toEqual([true, false]);
    for (const q of otherTexts) expect([plain.test(q), proxied.test(q)], q).toEqual([false, true]);
  });

  it("carry a plain search's text, whether Next.js hands it over escaped or not", () => {
    expect(viewParams("q=融资 2024")).toEqual({ q: "融资 2024" });
    expect(viewParams("q%3D%E8%9E%8D%E8%B5%84%202024")).toEqual({ q: "融资 2024" });
  });

  it("send a plain page number alone past the proxy, and every other page value through it", () => {
    const anchored = (pattern: string) => new RegExp(`^${pattern}$`);
    const plain = anchored(PLAIN_PAGE_PATTERN);
    const pageMatchers = config.matcher.filter((m) => m.has?.[0].key === "page");
    expect(pageMatchers.map((m) => m.source).sort()).toEqual(
      (Object.keys(LIST_VIEWS) as ListPath[])
        .filter((list) => LIST_VIEWS[list].some((k) => k === "page"))
        .sort(),
    );
    for (const matcher of pageMatchers) {
      const has = matcher.has![0];
      const proxied = anchored("value" in has ? has.value : "");
      for (const page of ["1", "2", "20", "999999"])
        expect([plain.test(page), proxied.test(page)], page).toEqual([true, false]);
      for (const page of ["0", "01", "-1", "1.5", "2 ", " 2", "abc", "1000000", "２"])
        expect([plain.test(page), proxied.test(page)], page).toEqual([false, true]);
    }
  });

  it("name a plain page alone by its number, as next.config.ts rewrites it", () => {
    expect(viewToken("/funding", query("page=3&utm_source=x"))).toBe("page=3");
    expect(viewParams("page=3")).toEqual({ page: "3" });
    expect(isCanonicalView("/timeline", "page=3")).toBe(true);
    expect(isCanonicalView("/search", "page=3")).toBe(false);
    expect(isCanonicalView("/funding", "page=03")).toBe(false);
    // With another parameter, or a page number not written plainly, the view is a token.
    expect(viewToken("/timeline", query("kind=MODEL&page=3"))).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(viewParams(viewToken("/funding", query("page=03")))).toEqual({ page: "03" });
  });

  it("are each list's own only as its URLs are rewritten to them", () => {
    const token = viewToken("/timeline", query("kind=MODEL&page=2"));
    const reordered = Buffer.from(JSON.stringify({ page: "2", kind: "MODEL" })).toString("base64url");
    expect(isCanonicalView("/timeline", token)).toBe(true);
    expect(isCanonicalView("/timeline", DEFAULT_VIEW)).toBe(true);
    expect(isCanonicalView("/timeline", reordered)).toBe(false);
    expect(isCanonicalView("/models", token)).toBe(false);
    expect(isCanonicalView("/people", "anything")).toBe(false);
    expect(isCanonicalView("/search", "q=融资")).toBe(true);
    expect(isCanonicalView("/search", "q%3D%E8%9E%8D%E8%B5%84")).toBe(true);
    expect(isCanonicalView("/search", "q=")).toBe(false);
    expect(isCanonicalView("/models", "q=融资")).toBe(false);
  });

  it("are the default view without a selection, and a token typed by hand selects nothing", () => {
    expect(viewToken("/models", query("page=&other=1"))).toBe(DEFAULT_VIEW);
    expect(viewParams(DEFAULT_VIEW)).toEqual({});
    expect(viewParams("%%%not-base64")).toEqual({});
  });

  it("are rendered under the list's own path", () => {
    expect(viewPath("/", DEFAULT_VIEW)).toBe("/-/-");
    expect(viewPath("/models", "abc")).toBe("/models/-/abc");
  });

  it("reach the proxy for every parameter of every list (its matcher must be written out)", () => {
    // The proxy's other matchers (lib/http/request-guard.ts) are not a list's.
    const matched = config.matcher
      .filter((m) => isListPath(m.source))
      .map((m) => `${m.source}?${m.has?.[0].key}`)
      .sort();
    const expected = (Object.keys(LIST_VIEWS) as ListPath[])
      .flatMap((list) => LIST_VIEWS[list].map((key) => `${list}?${key}`))
      .sort();
    expect(matched).toEqual(expected);
  });
});
