import type { CitationView } from "@/lib/content/types";
import { t } from "@/lib/i18n";
import { ClaimStatusBadge } from "@/components/site/claim-status-badge";
import { PartialDateText } from "@/components/site/partial-date";
import { SourceArchive } from "@/components/site/source-archive";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";

/**
 * The sources behind an entry, each a link to the original, with how its claim stands; an entry
 * that has none says so where they would be, never leaving the reader to assume one.
 */
export function Citations({
  citations,
  headingLevel = 2,
}: {
  citations: CitationView[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-label={t.common.sources} className="mt-4">
      <Heading
        className={
          headingLevel === 2 ? "mb-2 text-lg font-semibold" : "mb-1 text-sm font-semibold text-muted"
        }
      >
        {t.common.sources}
      </Heading>
      {citations.length === 0 ? (
        <p className="text-sm text-muted">{t.claims.noSource}</p>
      ) : (
        <ol className="list-decimal space-y-1 ps-5 text-sm">
          {citations.map((citation, index) => (
            <li key={`${citation.source.slug}-${index}`}>
              <a href={citation.source.url} rel="noopener noreferrer" className="break-words">
                {sourceLinkText(citation.source)}
              </a>
              <span className="text-muted">
                {/* An untitled source's link already reads as its publisher. */}
                {citation.source.title !== null ? ` · ${citation.source.publisher}` : null}
                {citation.source.publishedOn ? (
                  <>
                    {" · "}
                    <PartialDateText date={citation.source.publishedOn} />
                  </>
                ) : null}
              </span>
              <SourceArchive source={citation.source} /> <ClaimStatusBadge status={citation.status} />
              {citation.claim ? <span className="block text-muted">{citation.claim}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
