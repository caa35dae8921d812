import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n";
import { zh } from "@/lib/i18n/zh";
import { zhFields } from "@/lib/i18n/zh-fields";
import { KINDS, type KindWords } from "@/lib/kinds";

const words = (kind: (typeof KINDS)[number]): KindWords => kind.words.zh;

/** Keys that stand in more than one of the lists given. */
function clashes(lists: readonly (readonly string[])[]): string[] {
  const seen = lists.flat();
  return [...new Set(seen.filter((key, index) => seen.indexOf(key) !== index))];
}

describe("each kind's words", () => {
  it("name fields only the kind has, never a field another kind or the shared words name", () => {
    const lists = [Object.keys(zhFields), ...KINDS.map((kind) => Object.keys(words(kind).fields ?? {}))];
    expect(clashes(lists)).toEqual([]);
  });

  it("name option lists no other kind and no shared list names", () => {
    const lists = [
      Object.keys(zh.enums),
      ["kind"],
      ...KINDS.map((kind) => Object.keys(words(kind).enums ?? {})),
    ];
    expect(clashes(lists)).toEqual([]);
  });

  it("give every kind with feeds of its own their name, title and description", () => {
    for (const kind of KINDS.filter((kind) => "feedScope" in kind)) {
      expect(words(kind).feed, kind.key).toEqual({
        scope: expect.any(String),
        title: expect.any(String),
        description: expect.any(String),
      });
    }
  });

  it("reach the dictionary every screen reads", () => {
    expect(t.enums.kind.ROUND).toBe("融资");
    expect(t.admin.kinds.funding).toBe("融资轮次");
    expect(t.fields.family).toBe("系列");
    expect(t.fields.name).toBe("名称");
    expect(t.enums.roundStage.SERIES_A).toBe("A 轮");
    expect(t.enums.claimStatus.ESTIMATED).toBe("估算");
    expect(t.feeds.scopes.funding).toBe("融资");
    expect(t.feeds.channels.events.title).toBe("Mistral AI 追踪：事件");
    expect(t.feeds.channels.site.title).toBe("Mistral AI 追踪：最新动态");
  });
});
