import Link from "next/link";
import { Badge } from "@/components/site/badge";
import { InlineLinks } from "@/components/site/inline-links";
import { JsonLd } from "@/components/site/json-ld";
import { MoneyFigureText } from "@/components/site/figure-text";
import { CsvDownloadLink } from "@/components/site/download-link";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { PartialDateText } from "@/components/site/partial-date";
import { entryLink } from "@/lib/content/paths";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { markdownToText } from "@/lib/markdown";
import { listPartnerships } from "@/lib/kinds/partnerships/list-partnerships";
import { datasetJsonLd } from "@/lib/seo/json-ld";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listPage, type ListPageProps } from "@/lib/content/list-params";

export const metadata = mainPageMetadata("partnerships");

export default async function PartnershipsPage(props: ListPageProps) {
  const { items: partnerships, page, pageCount } = await listPartnerships(await listPage(props));
  return (
    <>
      <JsonLd data={datasetJsonLd("partnerships", siteOrigin())} />
      <PageHeader title={t.partnerships.title} intro={t.partnerships.intro}>
        <CsvDownloadLink resource="partnerships" />
      </PageHeader>
      <ul className="grid gap-4 sm:grid-cols-2">
        {partnerships.map((deal) => (
          <li key={deal.slug} className="card">
            <h2 className="card-title">
              <Link href={`/partnerships/${deal.slug}`}>{deal.title}</Link>
            </h2>
            <p className="meta mt-1">
              <PartialDateText date={deal.date} />{" "}
              {deal.category ? <Badge>{t.enums.partnershipCategory[deal.category]}</Badge> : null}
            </p>
            <p className="mt-1 text-sm">
              {t.fields.partners}：
              <InlineLinks links={deal.partners.map((o) => entryLink("ORGANIZATION", o))} />
            </p>
            {deal.amount ? (
              <p className="mt-1 text-sm">
                {t.partnerships.money}：<MoneyFigureText figure={deal.amount} />
              </p>
            ) : null}
            <p className="excerpt mt-2">{markdownToText(deal.summary)}</p>
          </li>
        ))}
      </ul>
      <Pagination path="/partnerships" params={{}} page={page} pageCount={pageCount} />
    </>
  );
}
