import { sources } from "./sources";
import type { SeedCitation, SeedExplainer, SourceSlug } from "./types";

export interface MarkdownLink {
  text: string;
  url: string;
}

const MARKDOWN_LINK = /\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g;

/** The inline `[text](url)` links of a Markdown body, in order. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  return [...markdown.matchAll(MARKDOWN_LINK)].map((m) => ({
    text: m[1],
    url: m[2],
  }));
}

/**
 * The story's sentences around a link, as plain text: each sentence of the body that holds it
 * (ended by 。！？ outside a quotation, or by a line break), less the asides in （…） that do not
 * hold it, which are claims of their own ("（当时约为 4.15 亿美元）" beside "3.85 亿欧元的 A 轮融资").
 * A link's text alone says neither who speaks nor how ("Mistral "不待售，"" after "Mensch……表示"):
 * its sentence does.
 */
export function sentencesAround(markdown: string, url: string): string {
  const target = `](${url})`;
  return markdown
    .split(/(?<=[。！？](?![”"]))|\n+/)
    .filter((sentence) => sentence.includes(target))
    .map((sentence) =>
      sentence
        .replace(/（[^（）]*）/g, (aside) => (aside.includes(target) ? aside : ""))
        .replace(MARKDOWN_LINK, "$1")
        .trim(),
    )
    .join("");
}

const sourceSlugByUrl = new Map<string, SourceSlug>(sources.map((s) => [s.url, s.slug]));

/**
 * Links whose sentence is not what they back. In "Mistral AI 宣布将参与……作为与……法国国有投资银行
 * [Bpifrance] 的合资企业的一部分" the link is on the story's own word for Bpifrance, not on what
 * Mistral AI announced: its status is read from those words, as where the seed cites them elsewhere.
 */
const STATUS_WORDS_OF: Partial<Record<SourceSlug, string>> = {
  "tc-bpifrance": "法国国有投资银行 Bpifrance",
};

/**
 * An explainer section cites every source its prose links to, once per source; the claim is
 * the linked text (the story sometimes splits one link in two: "[Mistral] [Large]"), and its
 * status is read from the sentence around the link (`statusWords`).
 */
export function explainerCitations(explainer: SeedExplainer): SeedCitation[] {
  const textsByUrl = new Map<string, string[]>();
  for (const { text, url } of markdownLinks(explainer.body)) {
    textsByUrl.set(url, [...(textsByUrl.get(url) ?? []), text]);
  }
  return [...textsByUrl].map(([url, texts]) => {
    const source = sourceSlugByUrl.get(url);
    if (!source) throw new Error(`Explainer "${explainer.slug}" links to ${url}, which is not a source`);
    const statusWords = STATUS_WORDS_OF[source] ?? sentencesAround(explainer.body, url);
    return { source, claim: texts.join(" "), statusWords };
  });
}
