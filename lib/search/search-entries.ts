import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { KIND_SEARCHES } from "@/lib/kinds/registry";
import type { SearchGroup } from "@/lib/search/define-kind-search";
import { parseSearchQuery, type SearchQuery } from "@/lib/search/search-query";
import { t } from "@/lib/i18n";
import { CONTENT_KINDS } from "@/lib/kinds";

export interface SearchResults {
  query: SearchQuery;
  /** Matching entries of every kind. */
  total: number;
  /** The kinds with matches: a kind named by a term first ("融资"), then in site order. */
  groups: SearchGroup[];
}

const searchGroups = cachedQuery("search", CONTENT_KINDS, async (text: string): Promise<SearchGroup[]> => {
  const { terms } = parseSearchQuery(text);
  const now = new Date();
  const groups = await Promise.all(KIND_SEARCHES.map((kind) => kind.search(terms, now)));
  const named = (group: SearchGroup) => terms.includes(t.enums.kind[group.kind]);
  return [
    ...groups.filter((group) => group.total > 0 && named(group)),
    ...groups.filter((group) => group.total > 0 && !named(group)),
  ];
});

/** Published entries of every kind matching a reader's query, grouped by kind. */
export async function searchEntries(raw: string | string[] | undefined): Promise<SearchResults> {
  const query = parseSearchQuery(raw);
  const groups = query.terms.length ? await searchGroups(query.text) : [];
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  return { query, total, groups };
}
