import { sources } from "./sources";
import type { SeedCitation, SeedExplainer, SourceSlug } from "./types";

export interface MarkdownLink {
  text: string;
  url: string;
}

/** The inline `[text](url)` links of a Markdown body, in order. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  return [...markdown.matchAll(/\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => ({
    text: m[1],
    url: m[2],
  }));
}

const sourceSlugByUrl = new Map<string, SourceSlug>(sources.map((s) => [s.url, s.slug]));

/**
 * An explainer section cites every source its prose links to, once per source; the claim is
 * the linked text (the story sometimes splits one link in two: "[Mistral] [Large]").
 */
export function explainerCitations(explainer: SeedExplainer): SeedCitation[] {
  const textsByUrl = new Map<string, string[]>();
  for (const { text, url } of markdownLinks(explainer.body)) {
    textsByUrl.set(url, [...(textsByUrl.get(url) ?? []), text]);
  }
  return [...textsByUrl].map(([url, texts]) => {
    const source = sourceSlugByUrl.get(url);
    if (!source) throw new Error(`Explainer "${explainer.slug}" links to ${url}, which is not a source`);
    return { source, claim: texts.join(" ") };
  });
}
