import { formatDateFigure } from "@/lib/format/date";
import { qualifierLabel } from "@/lib/format/figure";
import { formatMoneyFigure } from "@/lib/format/money";
import type { FundingPoint, FundingTotals } from "@/lib/kinds/funding/funding-totals";
import { t } from "@/lib/i18n";

const WIDTH = 640;
const HEIGHT = 290;
// Room on the left for a valuation's label with its qualifier ("据报道 2.6 亿美元"), and below for
// a date we inferred (推算).
const PAD = { top: 34, right: 20, bottom: 62, left: 96 };
const VALUATION_HEIGHT = 0.7;

/** The cumulative sum of the USD figures the sources gave, 约 when any of them is. */
const raisedText = (point: FundingPoint) =>
  formatMoneyFigure({
    value: { minor: point.cumulativeUsdMinor, currency: "USD" },
    qualifier: point.cumulativeApproximate ? "APPROXIMATE" : null,
    basis: null,
  });

/**
 * The USD figures the sources gave, added up round by round (bars, labelled as our sum, 约 where
 * any is approximate), and each round's valuation in its own currency with its qualifier: a line on
 * its own scale through the USD ones, a label alone for any other currency, never converted.
 * Drawn on the server as SVG: no chart library in the browser. The figure has a text description
 * for screen readers, saying the same as the table.
 */
export function FundingChart({
  series,
  latestValuation,
}: {
  series: FundingPoint[];
  latestValuation: FundingTotals["latestValuation"];
}) {
  if (series.length === 0) return null;
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const raised = series.map((p) => Number(BigInt(p.cumulativeUsdMinor) / 100n));
  const valuations = series.map((p) =>
    p.valuation?.value.currency === "USD" ? Number(BigInt(p.valuation.value.minor) / 100n) : null,
  );
  const maxRaised = Math.max(...raised, 1);
  const maxValuation = Math.max(...valuations.map((v) => v ?? 0), 1);
  const step = innerW / series.length;
  const barW = Math.min(56, step * 0.6);
  const x = (i: number) => PAD.left + step * i + step / 2;
  const yRaised = (v: number) => PAD.top + innerH - (v / maxRaised) * innerH;
  // Valuation tops out lower than the bars so the two sets of labels never collide.
  const yValuation = (v: number) => PAD.top + innerH - (v / maxValuation) * innerH * VALUATION_HEIGHT;
  const linePoints = valuations
    .map((v, i) => (v === null ? null : `${x(i)},${yValuation(v)}`))
    .filter(Boolean)
    .join(" ");
  const last = series[series.length - 1];
  const description = [
    t.funding.chartDescription(
      raisedText(last),
      latestValuation
        ? `${formatMoneyFigure(latestValuation.valuation)}（${t.funding.valuationOf(
            latestValuation.round.name,
            formatDateFigure(latestValuation.date),
          )}）`
        : t.common.none,
    ),
    last.leftOut.length ? t.funding.chartLeftOut(last.leftOut.map((r) => r.name).join("、")) : "",
  ].join("");

  return (
    <figure className="overflow-x-auto rounded-lg border border-line p-4">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="funding-chart-title"
        aria-describedby="funding-chart-desc"
        className="h-auto w-full min-w-[480px]"
      >
        <title id="funding-chart-title">{t.funding.chart}</title>
        <desc id="funding-chart-desc">{description}</desc>
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={PAD.top + innerH}
          y2={PAD.top + innerH}
          stroke="#a8a29e"
        />
        {series.map((point, i) => (
          <g key={point.slug}>
            <rect
              x={x(i) - barW / 2}
              y={yRaised(raised[i])}
              width={barW}
              height={PAD.top + innerH - yRaised(raised[i])}
              fill="#fdba74"
            />
            <text x={x(i)} y={yRaised(raised[i]) - 4} textAnchor="middle" fontSize="11" fill="#44403c">
              {raisedText(point)}
            </text>
            {point.valuation && valuations[i] === null ? (
              // A valuation in another currency: its own label, not on the USD line.
              <text x={x(i)} y={yRaised(raised[i]) - 18} textAnchor="middle" fontSize="11" fill="#9a3412">
                {t.fields.valuation} {formatMoneyFigure(point.valuation)}
              </text>
            ) : null}
            <text x={x(i)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" fontSize="12" fill="#1c1917">
              {point.name}
            </text>
            {/* A year's bar (chartSeries) is named by its year already. */}
            {point.date ? (
              <text x={x(i)} y={HEIGHT - PAD.bottom + 34} textAnchor="middle" fontSize="11" fill="#57534e">
                {point.dateIso.slice(0, point.date.value.precision === "YEAR" ? 4 : 7)}
              </text>
            ) : null}
            {point.date?.qualifier ? (
              <text x={x(i)} y={HEIGHT - PAD.bottom + 50} textAnchor="middle" fontSize="11" fill="#57534e">
                （{qualifierLabel(point.date.qualifier)}）
              </text>
            ) : null}
          </g>
        ))}
        {linePoints ? <polyline points={linePoints} fill="none" stroke="#9a3412" strokeWidth="2" /> : null}
        {valuations.map((v, i) =>
          v === null ? null : (
            <g key={`v-${series[i].slug}`}>
              <circle cx={x(i)} cy={yValuation(v)} r="4" fill="#9a3412" />
              <text
                x={x(i) - barW / 2 - 4}
                y={yValuation(v) + 4}
                textAnchor="end"
                fontSize="11"
                fill="#9a3412"
              >
                {formatMoneyFigure(series[i].valuation!)}
              </text>
            </g>
          ),
        )}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-sm text-muted">
        <span>
          <span aria-hidden="true" className="me-1 inline-block h-3 w-3 bg-orange-300 align-middle" />
          {t.funding.cumulative}
        </span>
        <span>
          <span aria-hidden="true" className="me-1 inline-block h-0.5 w-4 bg-orange-800 align-middle" />
          {t.fields.valuation}
        </span>
        <span>{description}</span>
      </figcaption>
    </figure>
  );
}
