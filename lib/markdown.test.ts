import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("renders links and emphasis", () => {
    const html = renderMarkdown("**Le Chat** 已[上线](https://example.com/a)");
    expect(html).toContain("<strong>Le Chat</strong>");
    expect(html).toContain('<a href="https://example.com/a" rel="noopener noreferrer">上线</a>');
  });

  it("keeps every link that leaves the site, protocol-relative ones too, from window.opener", () => {
    expect(renderMarkdown("[a](//evil.example/x)")).toContain(
      '<a href="//evil.example/x" rel="noopener noreferrer">a</a>',
    );
    expect(renderMarkdown("[b](/models/devstral)")).toContain('<a href="/models/devstral">b</a>');
  });

  it("strips scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror="alert(2)"> [x](javascript:alert(3))',
    );
    expect(html).not.toMatch(/<script|<img|onerror|href="javascript:/i);
  });

  it("gives plain text for summaries", () => {
    expect(markdownToText("# 标题\n\n正文 *强调* [链接](https://example.com)")).toBe("标题 正文 强调 链接");
    expect(markdownToText("AT&T 的 **5 < 8** 与 `a > b`，&lt;原样&gt;")).toBe(
      "AT&T 的 5 < 8 与 a > b，<原样>",
    );
  });
});
