import Link from "next/link";
import { Citations } from "@/components/site/citations";
import { FactList } from "@/components/site/fact-list";
import { JsonLd } from "@/components/site/json-ld";
import { computedTotalFacts, LatestValuationText, ReportedTotalText } from "@/components/site/funding-totals";
import { PartialDateText } from "@/components/site/partial-date";
import { Prose } from "@/components/site/prose";
import { TimelineList } from "@/components/site/timeline-list";
import { listExplainers } from "@/lib/kinds/explainers/list-explainers";
import { computeFundingTotals } from "@/lib/kinds/funding/funding-totals";
import { listRounds } from "@/lib/kinds/funding/list-rounds";
import { getReportedTotal } from "@/lib/kinds/events/get-reported-total";
import { getSnapshot, SUBJECT_ORGANIZATION_SLUG } from "@/lib/home/get-snapshot";
import { t } from "@/lib/i18n";
import { siteOrigin } from "@/lib/site-origin";
import { getOrganization } from "@/lib/kinds/organizations/get-organization";
import { listFounders } from "@/lib/kinds/people/list-people";
import { companyJsonLd, explainerJsonLd } from "@/lib/seo/json-ld";
import { mainPageMetadata } from "@/lib/seo/page-metadata";
import { listTimelineItems } from "@/lib/timeline/list-timeline";

const LATEST_COUNT = 6;

export const metadata = mainPageMetadata("home");

export default async function HomePage() {
  const [snapshot, rounds, reportedTotal, timeline, explainers, company, founders] = await Promise.all([
    getSnapshot(),
    listRounds(),
    getReportedTotal(),
    listTimelineItems(),
    listExplainers(),
    getOrganization(SUBJECT_ORGANIZATION_SLUG),
    listFounders(),
  ]);
  const origin = siteOrigin();
  const totals = computeFundingTotals(rounds);

  return (
    <>
      {company ? <JsonLd data={companyJsonLd(company, founders, origin)} /> : null}
      {explainers.length ? (
        <JsonLd data={explainerJsonLd(explainers, SUBJECT_ORGANIZATION_SLUG, origin)} />
      ) : null}
      <h1 className="text-3xl font-bold tracking-tight">{t.home.title}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t.site.tagline}</p>

      {snapshot ? (
        <section aria-labelledby="snapshot" className="mt-8">
          <h2 id="snapshot" className="mb-3 text-xl font-semibold">
            {t.home.snapshot}
          </h2>
          <FactList
            facts={[
              { label: t.home.founded, value: <PartialDateText date={snapshot.founded} /> },
              { label: t.home.headquarters, value: snapshot.headquarters ?? t.common.unspecified },
              { label: t.home.totalRaised, value: <ReportedTotalText total={reportedTotal} /> },
              {
                label: t.home.latestValuation,
                value: <LatestValuationText latest={totals.latestValuation} />,
              },
              {
                label: t.funding.computedTotal,
                value: (
                  <dl className="space-y-1 font-normal">
                    {computedTotalFacts(totals).map((fact) => (
                      <div key={fact.label}>
                        <dt className="text-xs text-muted">{fact.label}</dt>
                        <dd>{fact.value}</dd>
                      </div>
                    ))}
                  </dl>
                ),
              },
              {
                label: t.home.counts,
                value: (
                  <span className="flex flex-wrap gap-x-3 font-normal">
                    <Link href="/models">
                      {t.nav.models} {snapshot.counts.models}
                    </Link>
                    <Link href="/products">
                      {t.nav.products} {snapshot.counts.products}
                    </Link>
                    <Link href="/funding">
                      {t.nav.funding} {snapshot.counts.rounds}
                    </Link>
                    <Link href="/partnerships">
                      {t.nav.partnerships} {snapshot.counts.partnerships}
                    </Link>
                    <Link href="/people">
                      {t.nav.people} {snapshot.counts.people}
                    </Link>
                    <Link href="/sources">
                      {t.nav.sources} {snapshot.counts.sources}
                    </Link>
                  </span>
                ),
              },
            ]}
          />
          <Prose markdown={snapshot.description} className="mt-4" />
          <Citations citations={snapshot.citations} headingLevel={3} />
        </section>
      ) : null}

      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="mb-4 text-xl font-semibold">
          {t.home.latest}
        </h2>
        <TimelineList items={timeline.slice(0, LATEST_COUNT)} headingLevel={3} />
        <Link href="/timeline">{t.home.allTimeline} →</Link>
      </section>

      <section aria-labelledby="explainer" className="mt-12">
        <h2 id="explainer" className="mb-4 text-2xl font-bold">
          {t.home.explainer}
        </h2>
        {explainers.map((section) => (
          <article
            key={section.slug}
            id={section.slug}
            aria-labelledby={`${section.slug}-heading`}
            className="mb-10"
          >
            <h3 id={`${section.slug}-heading`} className="mb-2 text-xl font-semibold">
              {section.heading}
            </h3>
            <Prose markdown={section.body} />
            <Citations citations={section.citations} headingLevel={3} />
          </article>
        ))}
      </section>
    </>
  );
}
