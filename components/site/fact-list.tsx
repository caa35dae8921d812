import type { ReactNode } from "react";
import { AlternativeValues } from "@/components/site/alternative-values";
import type { AlternativeValueView } from "@/lib/content/types";
import { t } from "@/lib/i18n";

export interface Fact {
  label: string;
  value: ReactNode;
  /** The entry's field it shows, whose other values (`alternatives`) go beside it. */
  field?: string;
}

/**
 * Label/value facts of an entry, as a definition list. Each fact's other values stand beside
 * it; those of a field no fact shows get a fact of their own, so none is ever left out.
 */
export function FactList({
  facts,
  alternatives = [],
}: {
  facts: Fact[];
  alternatives?: AlternativeValueView[];
}) {
  const shown = new Set(facts.flatMap((fact) => (fact.field ? [fact.field] : [])));
  const unshown = [...new Set(alternatives.map((a) => a.field).filter((field) => !shown.has(field)))];
  const all: Fact[] = [
    ...facts,
    ...unshown.map((field) => ({
      label: alternatives.find((a) => a.field === field)!.fieldLabel,
      value: <span className="text-muted">{t.claims.noMainValue}</span>,
      field,
    })),
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-line p-4 sm:grid-cols-2">
      {all.map((fact) => (
        <div key={fact.label}>
          <dt className="text-xs text-muted">{fact.label}</dt>
          <dd className="font-medium">
            {fact.value}
            {fact.field ? (
              <AlternativeValues values={alternatives.filter((a) => a.field === fact.field)} />
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
