import Link from "next/link";
import { Badge } from "@/components/site/badge";
import { FundingChart } from "@/components/site/funding-chart";
import { JsonLd } from "@/components/site/json-ld";
import { MoneyText } from "@/components/site/money-text";
import { CsvDownloadLink } from "@/components/site/download-link";
import { PageHeader } from "@/components/site/page-header";
import { Pagination } from "@/components/site/pagination";
import { PartialDateText } from "@/components/site/partial-date";
import { currencyName } from "@/lib/format/money";
import { chartSeries, computeFundingTotals } from "@/lib/kinds/funding/funding-totals";
import { listRounds } from "@/lib/kinds/funding/list-rounds";
import { paginate } from "@/lib/content/paginate";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { datasetJsonLd } from "@/lib/seo/json-ld";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listPage, type ListPageProps } from "@/lib/content/list-params";

export const metadata = mainPageMetadata("funding");

export default async function FundingPage(props: ListPageProps) {
  const rounds = await listRounds();
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
                  <PartialDateText date={round.date} />
                </td>
                <td>
                  <MoneyText money={round.amount} />
                </td>
                <td>
                  <MoneyText money={round.amountUsd} />
                </td>
                <td>
                  <MoneyText money={round.valuation} />
                </td>
                <td>
                  <Badge>{t.enums.instrument[round.instrument]}</Badge>
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
        <dl className="grid gap-3 sm:grid-cols-3">
          {totals.byCurrency.map((money) => (
            <div key={money.currency} className="rounded-lg border border-line p-4">
              <dt className="text-xs text-muted">{t.funding.totalIn(currencyName(money.currency))}</dt>
              <dd className="text-lg font-semibold">
                <MoneyText money={money} />
              </dd>
            </div>
          ))}
          <div className="rounded-lg border border-line p-4">
            <dt className="text-xs text-muted">{t.funding.totalUsd}</dt>
            <dd className="text-lg font-semibold">
              <MoneyText money={totals.usdReported} />
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="chart" className="mt-8">
        <h2 id="chart" className="mb-3 text-xl font-semibold">
          {t.funding.chart}
        </h2>
        <FundingChart series={chartSeries(totals.series)} />
      </section>
    </>
  );
}
