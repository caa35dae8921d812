// How each seeded claim stands, read from the story's own wording beside the link that supports
// it (never from the link's address):
//
// - 公司确认 (CONFIRMED): the link is the company's or a partner's own announcement: Mistral AI's
//   own site and documentation (publisher "Mistral AI"), the partners' own newsrooms (CMA CGM
//   Group, Helsing, IBM, Orange, Stellantis: each link's publisher is the partner itself), and
//   the post the story calls Mistral AI's own announcement ("Mistral AI 宣布将参与……").
// - 传闻 (RUMORED): the link the story puts on the word of a rumour ("早有传闻"). The same words
//   in a claim another link supports (that General Catalyst led that round) are no rumour.
// - 估算 (ESTIMATED): a claim whose figure is an approximation in the story's words: "约……",
//   "按当前汇率计算约为……", "按当时汇率计算约为……". An exact figure beside it ("6 亿欧元的股权
//   和债务") is a claim of its own, so each keeps its status.
// - 媒体报道 (REPORTED): everything else: the media's articles, hedged by the story ("据报道",
//   "据多个消息来源称", "当时的消息来源称") or not.
//
// One rule for citations and for other values of a fact (./alternative-values.ts) alike.
import type { ClaimStatus } from "@/lib/generated/prisma/enums";
import { explainers } from "./explainers";
import { markdownLinks } from "./explainer-citations";
import { sources } from "./sources";
import type { SourceSlug } from "./types";

/** The company's and its partners' own announcements among the story's links. */
export const OWN_ANNOUNCEMENTS: ReadonlySet<SourceSlug> = new Set<SourceSlug>([
  "mistral-news-pixtral-large",
  "mistral-docs-models-overview",
  "mistral-news-mistral-nemo",
  "linkedin-ai-campus",
  "cma-cgm-custom-ai-solutions",
  "helsing-defence-ai-partnership",
  "ibm-launches-mistral-ai",
  "orange-mistral-join-forces",
  "stellantis-strategic-partnership",
]);

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

/** The status of a claim (or another value) as worded by the story, supported by `source`. */
export function claimStatusOf(source: SourceSlug | null, words: string): ClaimStatus {
  if (source && OWN_ANNOUNCEMENTS.has(source)) return "CONFIRMED";
  if (source && RUMOUR_LINKS.has(source)) return "RUMORED";
  if (APPROXIMATE_FIGURE.test(words)) return "ESTIMATED";
  return "REPORTED";
}
