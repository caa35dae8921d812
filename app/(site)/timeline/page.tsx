import { FilterForm } from "@/components/site/filter-form";
import { JsonLd } from "@/components/site/json-ld";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { TimelineList } from "@/components/site/timeline-list";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { datasetJsonLd } from "@/lib/seo/json-ld";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listTimeline } from "@/lib/timeline/list-timeline";
import { listParams, type ListPageProps } from "@/lib/content/list-params";
import { DATED_KINDS } from "@/lib/kinds";

export const metadata = mainPageMetadata("timeline");

export default async function TimelinePage(props: ListPageProps) {
  const timeline = await listTimeline(await listParams(props));
  const { kind } = timeline.filters;
  const year = timeline.filters.year?.toString();

  return (
    <>
      <JsonLd data={datasetJsonLd("timeline", siteOrigin())} />
      <PageHeader title={t.timeline.title} intro={t.timeline.intro} />
      <FilterForm
        action="/timeline"
        fields={[
          {
            name: "kind",
            label: t.timeline.kind,
            value: kind,
            options: DATED_KINDS.map((k) => ({ value: k, label: t.enums.kind[k] })),
          },
          {
            name: "year",
            label: t.timeline.year,
            value: year,
            options: timeline.years.map((y) => ({ value: String(y), label: t.timeline.yearOption(y) })),
          },
        ]}
      />
      <p className="mb-4 text-sm text-muted" role="status">
        {t.common.results(timeline.total)}
      </p>
      {timeline.items.length ? <TimelineList items={timeline.items} /> : <p>{t.timeline.empty}</p>}
      <Pagination
        path="/timeline"
        params={{ kind, year }}
        page={timeline.page}
        pageCount={timeline.pageCount}
      />
    </>
  );
}
