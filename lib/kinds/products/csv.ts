import "server-only";
import {
  citationColumns,
  dateColumns,
  moneyColumns,
  pageColumn,
  defineCsvDownload,
} from "@/lib/csv/define-csv-download";
import { t } from "@/lib/i18n";
import { resource, type TApiProduct } from "@/lib/kinds/products/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiProduct>({
  resource,
  description: "Every published product, one per row.",
  columns: [
    { header: f.name, value: (p) => p.name },
    { header: c.slug, value: (p) => p.slug },
    { header: f.category, value: (p) => t.enums.productCategory[p.category] },
    { header: f.platforms, value: (p) => p.platforms },
    ...dateColumns(f.launched, (p: TApiProduct) => p.date),
    ...moneyColumns(f.price, c.currency, (p: TApiProduct) => p.price),
    {
      header: f.pricePeriod,
      value: (p) => (p.pricePeriod ? (t.admin.pricePeriods[p.pricePeriod] ?? p.pricePeriod) : ""),
    },
    { header: f.summary, value: (p) => p.summary },
    ...citationColumns(),
    pageColumn(),
  ],
});
