import "server-only";
import { dateColumns, defineCsvDownload } from "@/lib/csv/define-csv-download";
import { t } from "@/lib/i18n";
import { resource, type TApiSource } from "@/lib/kinds/sources/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiSource>({
  resource,
  description: "Every published source, one per row, with the entries that cite it.",
  columns: [
    { header: f.title, value: (s) => s.title ?? "" },
    { header: c.slug, value: (s) => s.slug },
    { header: f.publisher, value: (s) => s.publisher },
    { header: f.url, value: (s) => s.url },
    { header: f.language, value: (s) => s.language },
    ...dateColumns(f.publishedOn, (s: TApiSource) => s.publishedOn),
    { header: t.sources.citedBy, value: (s) => s.citedBy.map((entry) => entry.pageUrl).join("\n") },
  ],
});
