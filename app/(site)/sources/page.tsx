import { InlineLinks } from "@/components/site/inline-links";
import { CsvDownloadLink } from "@/components/site/download-link";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { PartialDateText } from "@/components/site/partial-date";
import { SourceArchive } from "@/components/site/source-archive";
import { t } from "@/lib/i18n";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listSources } from "@/lib/kinds/sources/list-sources";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";
import { listPage, type ListPageProps } from "@/lib/content/list-params";

export const metadata = mainPageMetadata("sources");

export default async function SourcesPage(props: ListPageProps) {
  const { items: sources, total, page, pageCount } = await listSources(await listPage(props));
  return (
    <>
      <PageHeader title={t.sources.title} intro={t.sources.intro}>
        <p className="mt-2 text-sm text-muted">{t.common.results(total)}</p>
        <CsvDownloadLink resource="sources" />
      </PageHeader>
      <ol className="space-y-5">
        {sources.map((source) => (
          <li key={source.slug} id={source.slug} className="border-b border-line pb-4">
            {/* An untitled source is named by its publisher, with its address below. */}
            <h2 className="font-semibold" lang={source.title !== null ? source.language : undefined}>
              <a href={source.url} rel="noopener noreferrer">
                {sourceLinkText(source)}
              </a>
            </h2>
            {source.title !== null || source.publishedOn ? (
              <p className="mt-1 text-sm text-muted">
                {source.title !== null ? source.publisher : null}
                {source.title !== null && source.publishedOn ? " · " : null}
                {source.publishedOn ? <PartialDateText date={source.publishedOn} /> : null}
              </p>
            ) : null}
            <p className="mt-1 text-xs text-muted">
              <span className="break-all">{source.url}</span>
              <SourceArchive source={source} />
            </p>
            <p className="mt-2 text-sm">
              {t.fields.citedBy}：
              <InlineLinks
                links={source.citedBy.map((entry) => ({
                  href: entry.href,
                  label: entry.title,
                  note: t.enums.kind[entry.kind],
                }))}
              />
              {source.citedByCount > source.citedBy.length ? t.sources.moreCiters(source.citedByCount) : null}
            </p>
          </li>
        ))}
      </ol>
      <Pagination path="/sources" params={{}} page={page} pageCount={pageCount} />
    </>
  );
}
