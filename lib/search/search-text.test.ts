import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchQuery } from "@/lib/search/search-query";
import { highlightParts, makeSnippet, markdownPlainText } from "@/lib/search/snippet";
import { textContains } from "@/lib/search/text-match";

describe("parseSearchQuery", () => {
  it("splits on any whitespace, drops repeats and keeps every other character as typed", () => {
    expect(parseSearchQuery("  融资\u3000 Mistral\tmistral 融资 ").terms).toEqual([
      "融资",
      "Mistral",
      "mistral",
    ]);
    expect(parseSearchQuery(`100% a_b "x" \\ ' OR 1=1 --`).terms).toEqual([
      "100%",
      "a_b",
      '"x"',
      "\\",
      "'",
      "OR",
      "1=1",
      "--",
    ]);
    expect(parseSearchQuery(["first", "second"]).text).toBe("first");
    expect(parseSearchQuery(undefined)).toEqual({ text: "", terms: [], truncated: false });
  });

  it("cuts a long query at the limit without splitting an emoji", () => {
    const query = parseSearchQuery("🚀".repeat(1000));
    expect(query.truncated).toBe(true);
    expect(Array.from(query.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.text).toBe("🚀".repeat(MAX_QUERY_LENGTH));
    expect(parseSearchQuery("a".repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);
  });
});

describe("highlightParts", () => {
  it("marks every occurrence of every term, ASCII letters in any case, longer terms whole", () => {
    expect(highlightParts("Mistral 融资与 MISTRAL 融", ["mistral", "融", "融资"])).toEqual([
      { text: "Mistral", match: true },
      { text: " ", match: false },
      { text: "融资", match: true },
      { text: "与 ", match: false },
      { text: "MISTRAL", match: true },
      { text: " ", match: false },
      { text: "融", match: true },
    ]);
  });

  it("takes regular-expression characters literally", () => {
    expect(highlightParts("a.b (c) a+b", ["a+b", "(c)"]).filter((p) => p.match)).toEqual([
      { text: "(c)", match: true },
      { text: "a+b", match: true },
    ]);
    expect(highlightParts("text", [])).toEqual([{ text: "text", match: false }]);
  });
});

describe("makeSnippet", () => {
  const long = `${"开头".repeat(50)}关键词${"结尾".repeat(100)}`;

  it("cuts around the first match with ellipses", () => {
    const snippet = makeSnippet([long], ["关键词"])!;
    expect(snippet).toMatch(/^….*关键词.*…$/);
    expect(Array.from(snippet).length).toBeLessThanOrEqual(122);
  });

  it("uses the first text that matches, else the start of the first non-empty one", () => {
    expect(makeSnippet(["", "没有", "有关键词"], ["关键词"])).toBe("有关键词");
    expect(makeSnippet(["", "短文"], ["别的"])).toBe("短文");
    expect(makeSnippet(["", ""], ["别的"])).toBeNull();
  });

  it("reads Markdown as the plain text a reader sees", () => {
    expect(markdownPlainText("**AT&T** 与 [链接](https://example.com) 1 < 2")).toBe("AT&T 与 链接 1 < 2");
    expect(
      markdownPlainText(
        "# 标题\n\n正文 *强调* `code`<b>粗</b>\n\n- 甲\n- 乙\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![图](x.png)",
      ),
    ).toBe("标题 正文 强调 code粗 甲 乙 a b 1 2");
  });
});

describe("textContains", () => {
  it("matches like the database: literal, ASCII letters in any case", () => {
    expect(textContains("Mistral 40%", "mistral 40%")).toBe(true);
    expect(textContains("营收 400 倍", "40%")).toBe(false);
    expect(textContains("axb", "a_b")).toBe(false);
    expect(textContains(null, "a")).toBe(false);
  });
});
