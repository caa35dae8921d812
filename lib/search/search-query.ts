/** Longest query searched, in characters; a longer one is cut there (and the page says so). */
export const MAX_QUERY_LENGTH = 100;

export interface SearchQuery {
  /** The query as searched: normalized, whitespace collapsed, at most MAX_QUERY_LENGTH long. */
  text: string;
  /** Its distinct whitespace-separated terms; every one must match an entry. */
  terms: string[];
  /** Whether the query given was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

/**
 * A reader's query as typed (or as found in the URL). NFKC folds full-width letters, digits and
 * spaces, common in Chinese input, to their usual forms; control characters count as spaces.
 * Every other character, quotes, `%`, `_` and backslashes included, is searched literally.
 */
export function parseSearchQuery(raw: string | string[] | undefined): SearchQuery {
  const given = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const normalized = given
    .normalize("NFKC")
    .replace(/[\p{Cc}\s]+/gu, " ")
    .trim();
  const characters = Array.from(normalized);
  const truncated = characters.length > MAX_QUERY_LENGTH;
  const text = truncated ? characters.slice(0, MAX_QUERY_LENGTH).join("").trim() : normalized;
  const terms = [...new Set(text.split(" ").filter(Boolean))];
  return { text, terms, truncated };
}
