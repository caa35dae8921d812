import { parseOpml } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildOpml } from "@/lib/feeds/build-opml";
import { siteFeedOutlines, type EntryFeedListing } from "@/lib/feeds/site-feed-outlines";
import { KIND_FEED_SCOPES } from "@/lib/kinds";

const origin = "https://tracker.example";

const entries: EntryFeedListing[] = [
  { kind: "MODEL", slug: "codestral", title: "Codestral" },
  { kind: "ORGANIZATION", slug: "at-t", title: 'AT&T <"实验室">\u0008' },
  { kind: "MODEL", slug: "devstral", title: "Devstral" },
];

type Outline = {
  text?: string;
  type?: string;
  title?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
};

/** The OPML file as a feed reader imports it. */
function read(): { title?: string; groups: Outline[] } {
  const opml = parseOpml(buildOpml("全部订阅", siteFeedOutlines(origin, entries)));
  return { title: opml.head?.title, groups: (opml.body?.outlines ?? []) as Outline[] };
}

const feedsOf = (outline: Outline): Outline[] =>
  outline.xmlUrl ? [outline] : (outline.outlines ?? []).flatMap(feedsOf);

describe("the OPML file of every feed", () => {
  it("groups the site's feeds, each kind's, the change log's and every entry's", () => {
    const { title, groups } = read();
    expect(title).toBe("全部订阅");
    expect(groups.map((group) => group.text)).toEqual(["全站", "分类订阅", "修改记录", "条目订阅"]);
    const [site, byKind, changes, byEntry] = groups.map((group) => feedsOf(group).map((feed) => feed.xmlUrl));
    expect(site).toEqual([`${origin}/feed.xml`, `${origin}/atom.xml`, `${origin}/feed.json`]);
    expect(byKind).toHaveLength(KIND_FEED_SCOPES.length * 3);
    expect(byKind).toContain(`${origin}/feeds/models/atom.xml`);
    expect(changes).toEqual([`${origin}/changes/feed.xml`]);
    expect(byEntry).toEqual([
      `${origin}/models/codestral/feed.xml`,
      `${origin}/models/devstral/feed.xml`,
      `${origin}/organizations/at-t/feed.xml`,
    ]);
  });

  it("lists entries under their kind, each with its page, leaving out kinds with none", () => {
    const entryGroups = read().groups[3].outlines ?? [];
    expect(entryGroups.map((group) => group.text)).toEqual(["模型", "机构"]);
    expect(entryGroups[0].outlines?.[0]).toMatchObject({
      type: "rss",
      text: "Mistral AI 追踪：模型「Codestral」的动态",
      htmlUrl: `${origin}/models/codestral`,
    });
  });

  it("keeps a title's markup as text, and drops what XML cannot carry", () => {
    const [organization] = read().groups[3].outlines?.[1].outlines ?? [];
    expect(organization.text).toBe('Mistral AI 追踪：机构「AT&T <"实验室">」的动态');
    expect(buildOpml("x", siteFeedOutlines(origin, entries))).not.toContain('<"实验室">');
  });

  it("gives every feed and page as an absolute URL on the site's origin", () => {
    for (const feed of read().groups.flatMap(feedsOf)) {
      expect(feed.type).toBe("rss");
      expect(new URL(feed.xmlUrl!).origin).toBe(origin);
      expect(new URL(feed.htmlUrl!).origin).toBe(origin);
    }
  });
});
