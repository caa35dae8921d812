import "server-only";
import { citationColumns, pageColumn, defineCsvDownload } from "@/lib/csv/define-csv-download";
import { t } from "@/lib/i18n";
import { resource, type TApiExplainer } from "@/lib/kinds/explainers/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiExplainer>({
  resource,
  description: "Every published explainer section, one per row.",
  columns: [
    { header: f.heading, value: (e) => e.heading },
    { header: c.slug, value: (e) => e.slug },
    { header: f.body, value: (e) => e.body },
    ...citationColumns(),
    pageColumn(),
  ],
});
