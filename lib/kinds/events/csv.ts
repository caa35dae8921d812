import "server-only";
import {
  alternativesColumn,
  citationColumns,
  dateColumns,
  moneyColumns,
  pageColumn,
  defineCsvDownload,
} from "@/lib/csv/define-csv-download";
import { t } from "@/lib/i18n";
import { resource, type TApiEvent } from "@/lib/kinds/events/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiEvent>({
  resource,
  description: "Every published event, one per row.",
  columns: [
    { header: f.title, value: (e) => e.title },
    { header: c.slug, value: (e) => e.slug },
    { header: f.kind, value: (e) => t.enums.eventKind[e.kind] },
    ...dateColumns(f.date, (e: TApiEvent) => e.date),
    ...moneyColumns(f.amount, c.currency, (e: TApiEvent) => e.amount),
    { header: f.amountUsd, value: (e) => e.amountUsd?.decimal ?? "" },
    { header: f.summary, value: (e) => e.summary },
    ...citationColumns(),
    alternativesColumn(),
    pageColumn(),
  ],
});
