import type { Metadata } from "next";
import { PageHeader } from "@/components/site/page-header";
import { SearchForm } from "@/components/site/search-form";
import { SearchResults } from "@/components/site/search-results";
import { t } from "@/lib/i18n";
import { KINDS } from "@/lib/kinds";
import { searchEntries } from "@/lib/search/search-entries";
import { parseSearchQuery } from "@/lib/search/search-query";
import { pageMetadata } from "@/lib/seo/page-metadata";
import { listParams, type ListPageProps } from "@/lib/content/list-params";

/** What search looks through: every kind, by its name. */
const searchIntro = t.search.intro(KINDS.map((kind) => t.enums.kind[kind.code]));

export async function generateMetadata(props: ListPageProps): Promise<Metadata> {
  const { text } = parseSearchQuery((await listParams(props)).q);
  const page = pageMetadata({
    title: text ? t.search.resultsTitle(text) : t.search.title,
    description: searchIntro,
    path: "/search",
  });
  // Result pages are for readers, not for search engines' indexes.
  return text ? { ...page, robots: { index: false } } : page;
}

export default async function SearchPage(props: ListPageProps) {
  const results = await searchEntries((await listParams(props)).q);
  const { text } = results.query;
  return (
    // A long query without spaces must wrap rather than widen the page.
    <div className="wrap-anywhere">
      <PageHeader title={text ? t.search.resultsTitle(text) : t.search.title} intro={searchIntro}>
        <div className="mt-4 max-w-2xl">
          <SearchForm id="search-page-query" label={t.search.title} defaultValue={text} large />
        </div>
      </PageHeader>
      <SearchResults results={results} />
    </div>
  );
}
