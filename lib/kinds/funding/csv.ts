import "server-only";
import {
  alternativesColumn,
  citationColumns,
  dateColumns,
  moneyColumns,
  organizationNames,
  pageColumn,
  defineCsvDownload,
} from "@/lib/csv/define-csv-download";
import { t } from "@/lib/i18n";
import { resource, type TApiFundingRound } from "@/lib/kinds/funding/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiFundingRound>({
  resource,
  description: "Every published funding round, one per row; its investors in one cell, leads marked.",
  columns: [
    { header: f.name, value: (r) => r.name },
    { header: c.slug, value: (r) => r.slug },
    { header: f.stage, value: (r) => t.enums.roundStage[r.stage] },
    { header: f.instrument, value: (r) => t.enums.instrument[r.instrument] },
    ...dateColumns(f.date, (r: TApiFundingRound) => r.date),
    ...moneyColumns(f.amount, c.currency, (r: TApiFundingRound) => r.amount),
    { header: f.amountUsd, value: (r) => r.amountUsd?.decimal ?? "" },
    ...moneyColumns(f.valuation, c.valuationCurrency, (r: TApiFundingRound) => r.valuation),
    { header: c.lead, value: (r) => organizationNames(r.investors.filter((i) => i.isLead)) },
    {
      header: f.investors,
      value: (r) => r.investors.map((i) => (i.isLead ? i.name + t.openData.leadMark : i.name)).join("、"),
    },
    { header: f.summary, value: (r) => r.summary },
    ...citationColumns(),
    alternativesColumn(),
    pageColumn(),
  ],
});
