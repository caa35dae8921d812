import { lexer, type Token } from "marked";
import { textContains } from "@/lib/search/text-match";

/** Characters of context kept before the first match, and the snippet's whole length. */
const CONTEXT_BEFORE = 30;
const SNIPPET_LENGTH = 120;

/** Tokens that start a new block of text: their text is set apart by a space. */
const BLOCKS = new Set(["paragraph", "heading", "code", "list_item", "blockquote", "br", "space"]);
/** Tokens the page does not show as text: raw HTML an editor typed is stripped, so are images. */
const HIDDEN = new Set(["html", "image"]);

function collectText(tokens: readonly Token[], parts: string[]): void {
  for (const token of tokens) {
    if (HIDDEN.has(token.type)) continue;
    if (BLOCKS.has(token.type)) parts.push(" ");
    if (token.type === "table") {
      for (const cell of [...token.header, ...token.rows.flat()]) {
        parts.push(" ");
        collectText(cell.tokens, parts);
      }
    } else if (token.type === "list") collectText(token.items, parts);
    // Text sits in leaves; a token with inline children is read through them.
    else if ("tokens" in token && token.tokens) collectText(token.tokens, parts);
    else if ("text" in token) parts.push(token.text);
  }
}

/**
 * Markdown as the plain text a reader sees, for snippets that React escapes. It reads marked's
 * tokens rather than sanitizing rendered HTML (lib/markdown.ts's markdownToText), which costs
 * milliseconds per long text.
 */
export function markdownPlainText(markdown: string): string {
  const parts: string[] = [];
  collectText(lexer(markdown, { gfm: true }), parts);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** A term as a pattern matching it literally, ASCII letters in any case (as the database does). */
function termPattern(term: string): string {
  return term
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/[a-z]/gi, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
}

/** Matches any of the terms, the longest first so that a longer term is marked whole. */
function termsPattern(terms: readonly string[]): RegExp | null {
  if (!terms.length) return null;
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map(termPattern);
  return new RegExp(`(${alternatives.join("|")})`, "g");
}

export interface TextPart {
  text: string;
  match: boolean;
}

/** The text cut into parts that match one of the terms and parts that do not, in order. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const pattern = termsPattern(terms);
  if (!pattern) return text ? [{ text, match: false }] : [];
  // With one capturing group, split puts the matches at odd indexes.
  return text
    .split(pattern)
    .map((part, index) => ({ text: part, match: index % 2 === 1 }))
    .filter((part) => part.text !== "");
}

/** A longer text: plain, or Markdown to be shown as the plain text a reader sees. */
export type SnippetSource = string | { markdown: string };

/** A piece of a text, with whether text comes before and after it. */
interface Piece {
  text: string;
  before: boolean;
  after: boolean;
}

/**
 * The pieces of a text to excerpt from, as plain text: a Markdown text's blocks (paragraphs,
 * lists…), so that only the one block with the match is converted. A term has no whitespace,
 * so it never spans two blocks.
 */
function* pieces(source: SnippetSource, terms: readonly string[]): Generator<Piece> {
  if (typeof source === "string") {
    if (source) yield { text: source, before: false, after: false };
    return;
  }
  const blocks = source.markdown.split(/\n\s*\n/).filter((block) => block.trim());
  const matching = blocks.findIndex((block) => terms.some((term) => textContains(block, term)));
  const index = Math.max(matching, 0);
  if (blocks.length) {
    yield { text: markdownPlainText(blocks[index]), before: index > 0, after: index < blocks.length - 1 };
  }
}

/**
 * A short excerpt of the first of the texts that matches a term, around its first match; when
 * none does (the title matched), the start of the first non-empty text. Null if all are empty.
 */
export function makeSnippet(sources: readonly SnippetSource[], terms: readonly string[]): string | null {
  const pattern = termsPattern(terms);
  let first: Piece | null = null;
  for (const source of sources) {
    for (const piece of pieces(source, terms)) {
      first ??= piece;
      const index = pattern ? piece.text.search(pattern) : -1;
      if (index >= 0) return excerpt(piece, Array.from(piece.text.slice(0, index)).length);
    }
  }
  return first ? excerpt(first, 0) : null;
}

/** About SNIPPET_LENGTH characters (code points) around a position, with ellipses for the rest. */
function excerpt(piece: Piece, position: number): string {
  const characters = Array.from(piece.text);
  const end = Math.min(characters.length, Math.max(position - CONTEXT_BEFORE, 0) + SNIPPET_LENGTH);
  const start = Math.max(0, end - SNIPPET_LENGTH);
  const body = characters.slice(start, end).join("").trim();
  const before = start > 0 || piece.before;
  const after = end < characters.length || piece.after;
  return `${before ? "…" : ""}${body}${after ? "…" : ""}`;
}
