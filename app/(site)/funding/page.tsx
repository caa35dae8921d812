import Link from "next/link";
import { Badge } from "@/components/site/badge";
import { FundingChart } from "@/components/site/funding-chart";
import { JsonLd } from "@/components/site/json-ld";
import { DateFigureText, MoneyFigureText } from "@/components/site/figure-text";
import { FactList } from "@/components/site/fact-list";
import { computedTotalFacts, LatestValuationText, ReportedTotalText } from "@/components/site/funding-totals";
import { CsvDownloadLink } from "@/components/site/download-link";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { formatOption } from "@/lib/format/option-label";
import { chartSeries, computeFundingTotals } from "@/lib/kinds/funding/funding-totals";
import { listRounds } from "@/lib/kinds/funding/list-rounds";
import { getReportedTotal } from "@/lib/kinds/events/get-reported-total";
import { paginate } from "@/lib/content/paginate";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { datasetJsonLd } from "@/lib/seo/json-ld";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listPage, type ListPageProps } from "@/lib/content/list-params";

export const metadata = mainPageMetadata("funding");

export default async function FundingPage(props: ListPageProps) {
  const [rounds, reportedTotal] = await Promise.all([listRounds(), getReportedTotal()]);
  const totals = computeFundingTotals(rounds);
  const { page, pageCount, items: newestFirst } = paginate([...rounds].reverse(), await listPage(props));

  return (
    <>
      <JsonLd data={datasetJsonLd("funding", siteOrigin())} />
      <PageHeader title={t.funding.title} intro={t.funding.intro}>
        <CsvDownloadLink resource="funding-rounds" />
      </PageHeader>
      <div className="overflow-x-auto">
        <table className="data-table w-full min-w-[720px] text-left text-sm">
          <caption className="sr-only">{t.funding.title}</caption>
          <thead className="border-b border-line text-muted">
            <tr>
              <th scope="col">{t.funding.round}</th>
              <th scope="col">{t.common.date}</th>
              <th scope="col">{t.fields.amount}</th>
              <th scope="col">{t.fields.amountUsd}</th>
              <th scope="col">{t.fields.valuation}</th>
              <th scope="col">{t.fields.instrument}</th>
              <th scope="col">{t.funding.lead}</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((round) => (
              <tr key={round.slug}>
                <th scope="row" className="font-medium">
                  <Link href={`/funding/${round.slug}`}>{round.name}</Link>
                </th>
                <td>
                  <DateFigureText figure={round.date} />
                </td>
                <td>
                  <MoneyFigureText figure={round.amount} />
                </td>
                <td>
                  <MoneyFigureText figure={round.amountUsd} />
                </td>
                <td>
                  <MoneyFigureText figure={round.valuation} />
                </td>
                <td>
                  <Badge>{formatOption(t.enums.instrument, round.instrument)}</Badge>
                </td>
                <td>
                  {round.investors
                    .filter((i) => i.isLead)
                    .map((i) => i.name)
                    .join("、") || t.common.none}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination path="/funding" params={{}} page={page} pageCount={pageCount} />

      <section aria-labelledby="totals" className="mt-8">
        <h2 id="totals" className="mb-3 text-xl font-semibold">
          {t.funding.totals}
        </h2>
        <FactList
          facts={[
            { label: t.funding.reportedTotal, value: <ReportedTotalText total={reportedTotal} /> },
            { label: t.home.latestValuation, value: <LatestValuationText latest={totals.latestValuation} /> },
          ]}
        />
        <h3 className="mt-6 mb-1 text-lg font-semibold">{t.funding.computedTotal}</h3>
        <p className="mb-3 text-sm text-muted">{t.funding.computedNote}</p>
        <FactList facts={computedTotalFacts(totals)} />
      </section>

      <section aria-labelledby="chart" className="mt-8">
        <h2 id="chart" className="mb-3 text-xl font-semibold">
          {t.funding.chart}
        </h2>
        <FundingChart series={chartSeries(totals.series)} latestValuation={totals.latestValuation} />
      </section>
    </>
  );
}
