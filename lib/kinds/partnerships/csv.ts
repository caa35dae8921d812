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
import { resource, type TApiPartnership } from "@/lib/kinds/partnerships/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiPartnership>({
  resource,
  description: "Every published partnership, one per row; its partners in one cell.",
  columns: [
    { header: f.title, value: (p) => p.title },
    { header: c.slug, value: (p) => p.slug },
    { header: f.category, value: (p) => t.enums.partnershipCategory[p.category] },
    ...dateColumns(f.date, (p: TApiPartnership) => p.date),
    ...moneyColumns(f.amount, c.currency, (p: TApiPartnership) => p.amount),
    { header: f.partners, value: (p) => organizationNames(p.partners) },
    { header: f.summary, value: (p) => p.summary },
    ...citationColumns(),
    alternativesColumn(),
    pageColumn(),
  ],
});
