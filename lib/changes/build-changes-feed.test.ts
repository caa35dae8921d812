import { parseFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildChangesFeed } from "@/lib/changes/build-changes-feed";
import type { PublicChange } from "@/lib/changes/list-public-changes";
import { decodeHtml } from "@/tests/support/decode-html";

const origin = "https://tracker.example";

const change: PublicChange = {
  id: "rev-2",
  at: "2026-01-02T03:04:05.000Z",
  action: "UPDATE",
  kindKey: "funding",
  kindLabel: "融资轮次",
  entryId: "round-1",
  title: "A 轮 <b>& ]]> \u0008",
  href: "/funding/series-a",
  reason: "按来源更正 <script>",
  changes: [{ label: "金额", before: "1 亿", after: "<i>2 亿</i>" }],
  addedSources: [{ title: "FT & co", url: "https://example.com/a?b=1&c=2" }],
};

const channel = {
  title: "Mistral AI 追踪：机构「A & B」的动态",
  description: "「A & B」和提到它的条目的每一次修改。",
  homePath: "/organizations/a-b",
  feedPath: "/organizations/a-b/feed.xml",
};

function read(changes: PublicChange[] = [change]) {
  const parsed = parseFeed(buildChangesFeed(channel, changes, origin));
  if (parsed.format !== "rss") throw new Error(parsed.format);
  return parsed.feed;
}

describe("a feed of public changes", () => {
  it("is the channel's, with its page as link and its own URL as self", () => {
    const feed = read();
    expect(feed.title).toBe(channel.title);
    expect(feed.link).toBe(`${origin}/organizations/a-b`);
    expect(feed.atom?.links?.find((link) => link.rel === "self")?.href).toBe(
      `${origin}/organizations/a-b/feed.xml`,
    );
  });

  it("titles each change in plain text, markup kept as text and what XML cannot carry dropped", () => {
    const [item] = read().items ?? [];
    expect(item.title).not.toContain("<");
    expect(decodeHtml(item.title)).toBe("修改融资轮次「A 轮 <b>& ]]> 」");
    expect(item.guid?.value).toBe("urn:mistral-tracker:change:rev-2");
    expect(item.link).toBe(`${origin}/changes?kind=funding&id=round-1#change-rev-2`);
  });

  it("gives the reason, the fields before and after and the sources added, all escaped", () => {
    const [item] = read().items ?? [];
    const content = item.content?.encoded ?? "";
    expect(content).toContain("修改说明：按来源更正 &#60;script&#62;");
    expect(content).toContain("<td>&#60;i&#62;2 亿&#60;/i&#62;</td>");
    expect(content).toContain('<a href="https://example.com/a?b=1&#38;c=2">FT &#38; co</a>');
    expect(content).not.toContain("<script>");
  });

  it("says nothing of a reason a first publication never had, and describes it by what happened", () => {
    const [item] = read([{ ...change, action: "PUBLISH", reason: "" }]).items ?? [];
    expect(item.content?.encoded).not.toContain("修改说明");
    expect(decodeHtml(item.description ?? "")).toBe("发布融资轮次「A 轮 <b>& ]]> 」");
  });
});
