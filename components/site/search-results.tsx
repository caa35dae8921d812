import { PartialDateText } from "@/components/site/partial-date";
import { t } from "@/lib/i18n";
import type { SearchResults as Results } from "@/lib/search/search-entries";
import type { SearchGroup } from "@/lib/search/define-kind-search";
import { MAX_QUERY_LENGTH } from "@/lib/search/search-query";
import { highlightParts } from "@/lib/search/snippet";

/** Text with the query's terms marked; React escapes every part. */
function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return highlightParts(text, terms).map((part, index) =>
    part.match ? <mark key={index}>{part.text}</mark> : part.text,
  );
}

const groupId = (kind: SearchGroup["kind"]) => `results-${kind.toLowerCase()}`;

/** What a search found, grouped by kind; or why there is nothing to show. */
export function SearchResults({ results }: { results: Results }) {
  const { query, groups, total } = results;
  return (
    <>
      {query.truncated ? (
        <p className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {t.search.truncated(MAX_QUERY_LENGTH)}
        </p>
      ) : null}
      {!query.terms.length ? (
        <div role="status">
          <p>{t.search.prompt}</p>
          <p className="mt-2 text-sm text-muted">{t.search.hint}</p>
        </div>
      ) : !total ? (
        <div role="status">
          <p>{t.search.none(query.text)}</p>
          <p className="mt-2 text-sm text-muted">
            {t.search.noneHint}
            {t.search.hint}
          </p>
        </div>
      ) : (
        <p role="status" className="mb-4 text-sm text-muted">
          {t.search.total(total)}
        </p>
      )}
      {groups.length > 1 ? (
        <nav aria-label={t.search.groups} className="mb-8">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {groups.map((group) => (
              <li key={group.kind}>
                <a href={`#${groupId(group.kind)}`}>
                  {t.enums.kind[group.kind]} {t.search.groupCount(group.total)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={groupId(group.kind)} className="mb-10">
          <h2 id={groupId(group.kind)} className="mb-4 text-2xl font-semibold">
            {t.enums.kind[group.kind]}{" "}
            <span className="text-base font-normal text-muted">{t.search.groupCount(group.total)}</span>
          </h2>
          {/* Marks are styled here once rather than on each of them. */}
          <ol className="space-y-5 [&_mark]:rounded-sm [&_mark]:bg-amber-100 [&_mark]:text-inherit">
            {group.hits.map((hit) => (
              <li key={hit.slug}>
                <h3 className="font-semibold" lang={hit.lang ?? undefined}>
                  {/* A plain link: a page of results holds up to ~180, which next/link would each
                      render as a client component and prefetch. */}
                  <a href={hit.href}>
                    <Highlighted text={hit.title} terms={query.terms} />
                  </a>
                </h3>
                {hit.date ? (
                  <p className="meta">
                    <PartialDateText date={hit.date} />
                  </p>
                ) : null}
                {hit.snippet ? (
                  <p className="mt-1 text-sm text-stone-700">
                    <Highlighted text={hit.snippet} terms={query.terms} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {group.total > group.hits.length ? (
            <p className="mt-4 text-sm text-muted">{t.search.showing(group.hits.length, group.total)}</p>
          ) : null}
        </section>
      ))}
    </>
  );
}
