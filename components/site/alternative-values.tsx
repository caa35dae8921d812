import { claimStatusLabel } from "@/lib/claims/claim-status";
import type { AlternativeValueView } from "@/lib/content/types";
import { formatMoneyExact } from "@/lib/format/money";
import { t } from "@/lib/i18n";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";
import { SourceArchive } from "@/components/site/source-archive";

/**
 * The other values given for one fact, beside its own: "另有说法：1630 万美元的可转换投资
 * （TechCrunch，媒体报道）", each with its source (or none), its status and note, none left out.
 */
export function AlternativeValues({ values }: { values: AlternativeValueView[] }) {
  if (values.length === 0) return null;
  return (
    <p className="mt-1 text-sm font-normal text-muted">
      {t.claims.alternatives}：
      {values.map((alternative, index) => (
        <span key={index}>
          {index > 0 ? "；" : null}
          {alternative.amount ? (
            <data
              value={`${alternative.amount.minor} ${alternative.amount.currency}`}
              title={formatMoneyExact(alternative.amount)}
              className="text-ink"
            >
              {alternative.value}
            </data>
          ) : (
            <span className="text-ink">{alternative.value}</span>
          )}
          {"（"}
          {alternative.source ? (
            // Underlined: a link inside a line of text is told apart by more than its colour.
            <>
              <a href={alternative.source.url} rel="noopener noreferrer" className="underline">
                {sourceLinkText(alternative.source)}
              </a>
              <SourceArchive source={alternative.source} checked={false} />
            </>
          ) : (
            t.claims.noSource
          )}
          {`，${claimStatusLabel(alternative.status)}${alternative.note ? `；${alternative.note}` : ""}）`}
        </span>
      ))}
    </p>
  );
}
