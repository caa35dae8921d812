import Link from "next/link";
import { MoneyFigureText } from "@/components/site/figure-text";
import { currencyName } from "@/lib/format/money";
import { qualifierLabel } from "@/lib/format/figure";
import { formatDateFigure, formatPartialDate } from "@/lib/format/date";
import { entryPath } from "@/lib/content/paths";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";
import type { ComputedSum, FundingTotals, RoundRef } from "@/lib/kinds/funding/funding-totals";
import type { ReportedTotal } from "@/lib/kinds/events/get-reported-total";
import { t } from "@/lib/i18n";

// The totals of the home page and /funding: first the total the sources state, with its qualifier
// and its source; then our own sums, labelled as ours, each saying which rounds it adds up, which
// it leaves out and which of its parts are approximate.

const names = (rounds: readonly RoundRef[]) => rounds.map((round) => round.name).join("、");

/** The total raised as the sources state it: "约 10 亿欧元（约 10.4 亿美元），截至 2025年2月", and its source. */
export function ReportedTotalText({ total }: { total: ReportedTotal | null }) {
  if (!total) return <span className="text-muted">{t.common.unspecified}</span>;
  return (
    <>
      <MoneyFigureText figure={total.amount} />
      {total.amount && total.amountUsd ? "（" : null}
      {total.amountUsd ? <MoneyFigureText figure={total.amountUsd} /> : null}
      {total.amount && total.amountUsd ? "）" : null}
      {total.date ? `，${t.funding.asOf(formatPartialDate(total.date))}` : null}
      <span className="mt-0.5 block text-sm font-normal text-muted">
        {t.common.source}：
        {total.citations.length
          ? total.citations.map((citation, i) => (
              <span key={citation.source.url}>
                {i ? "、" : null}
                <a href={citation.source.url} className="underline">
                  {sourceLinkText(citation.source)}
                </a>
              </span>
            ))
          : t.claims.noSource}
        {" · "}
        <Link href={entryPath("EVENT", total.slug)} className="underline">
          {t.funding.reportedTotalEntry}
        </Link>
      </span>
    </>
  );
}

/** What one of our sums adds up: the rounds, its hedged parts, and what it leaves out. */
export function SumBasis({ sum, leftOut = [] }: { sum: ComputedSum; leftOut?: readonly RoundRef[] }) {
  const parts = sum.qualifiedParts.map((part) =>
    t.funding.qualifiedPart(part.round.name, qualifierLabel(part.qualifier)),
  );
  return (
    <span className="mt-0.5 block text-sm font-normal text-muted">
      {[
        t.funding.includes(names(sum.included)),
        parts.length ? t.funding.qualifiedParts(parts.join("、")) : null,
        leftOut.length ? t.funding.leftOut(names(leftOut)) : null,
      ]
        .filter(Boolean)
        .join("；")}
    </span>
  );
}

/** Our sums as facts of a definition list: per currency raised in, then the reported USD figures. */
export function computedTotalFacts(totals: FundingTotals) {
  return [
    ...totals.byCurrency.map((sum) => ({
      label: t.funding.totalIn(currencyName(sum.total.value.currency)),
      value: (
        <>
          <MoneyFigureText figure={sum.total} />
          <SumBasis sum={sum} />
        </>
      ),
    })),
    ...(totals.usd
      ? [
          {
            label: t.funding.totalUsd,
            value: (
              <>
                <MoneyFigureText figure={totals.usd.total} />
                <SumBasis sum={totals.usd} leftOut={totals.roundsWithoutUsd} />
              </>
            ),
          },
        ]
      : []),
  ];
}

/** The latest valuation given: its round's, in its currency, with its qualifier, naming the round. */
export function LatestValuationText({ latest }: { latest: FundingTotals["latestValuation"] }) {
  if (!latest) return <span className="text-muted">{t.common.none}</span>;
  return (
    <>
      <MoneyFigureText figure={latest.valuation} basis />
      <span className="mt-0.5 block text-sm font-normal text-muted">
        <Link href={entryPath("ROUND", latest.round.slug)} className="underline">
          {t.funding.valuationOf(latest.round.name, formatDateFigure(latest.date))}
        </Link>
      </span>
    </>
  );
}
