// How each seeded claim stands, read from the story's own wording beside the link that supports
// it. Neither the link's address nor who publishes it decides: a partner's newsroom linked from
// "Mistral AI 还与……达成了战略合作伙伴关系" supports a plain statement of the story, no more.
//
// - 传闻 (RUMORED): the link the story puts on the word of a rumour ("早有传闻"). The same words
//   in a claim another link supports (that General Catalyst led that round) are no rumour.
// - 估算 (ESTIMATED): a claim whose figure is an approximation in the story's words: "约……",
//   "按当前汇率计算约为……", "按当时汇率计算约为……". An exact figure beside it ("6 亿欧元的股权
//   和债务") is a claim of its own, so each keeps its status.
// - 公司确认 (CONFIRMED): the story words the claim as a party's own announcement or statement,
//   unhedged: "Mistral AI 宣布将参与……", "微软……宣布与 Mistral AI 建立合作关系", "Mensch……表示".
//   What the story adds of its own beside it ("这被视为 A 轮融资的延伸") is a claim apart.
//   An explainer's claim is its link's text alone ("Mistral "不待售，""): its status is read from
//   the sentence around the link ("Mensch……表示，Mistral "不待售，""), asides of other claims aside.
// - 媒体报道 (REPORTED): everything else: the media's articles, hedged by the story ("据报道",
//   "据多个消息来源称", "当时的消息来源称") or not.
//
// One rule for citations and for other values of a fact (./alternative-values.ts) alike; the
// admin's help for the status field says the same to editors.
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { explainers } from "./explainers";
import { markdownLinks } from "./explainer-citations";
import { sources } from "./sources";
import type { SeedCitation, SourceSlug } from "./types";

const slugByUrl = new Map<string, SourceSlug>(sources.map((s) => [s.url, s.slug]));

/** The links the story puts on its words of a rumour. */
export const RUMOUR_LINKS: ReadonlySet<SourceSlug> = new Set(
  explainers
    .flatMap((x) => markdownLinks(x.body))
    .filter((link) => link.text.includes("传闻"))
    .flatMap((link) => slugByUrl.get(link.url) ?? []),
);

/** "约 10 亿", "约为 10.4 亿", "当时约为 4.15 亿": an approximate figure. */
const APPROXIMATE_FIGURE = /约为?\s*\d/;

/** A party's own word: "宣布", "表示". */
const OWN_STATEMENT = /宣布|表示/;

/** The story's or the media's own hedges and readings. */
const HEDGE = /据|消息来源|被视为|传闻/;

/** The status of a claim (or another value) as worded by the story, supported by `source`. */
export function claimStatusOf(source: SourceSlug | null, words: string): ClaimStatus {
  if (source && RUMOUR_LINKS.has(source)) return "RUMORED";
  if (APPROXIMATE_FIGURE.test(words)) return "ESTIMATED";
  if (OWN_STATEMENT.test(words) && !HEDGE.test(words)) return "CONFIRMED";
  return "REPORTED";
}

/** The status of a citation: from its claim, or the wider words it is read from (`statusWords`). */
export function citationStatusOf(citation: SeedCitation): ClaimStatus {
  return claimStatusOf(citation.source, citation.statusWords ?? citation.claim);
}
