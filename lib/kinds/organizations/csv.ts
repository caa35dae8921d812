import "server-only";
import { citationColumns, dateColumns, pageColumn, defineCsvDownload } from "@/lib/csv/define-csv-download";
import { t } from "@/lib/i18n";
import { resource, type TApiOrganization } from "@/lib/kinds/organizations/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiOrganization>({
  resource,
  description: "Every published organization (investors, partners, others), one per row.",
  columns: [
    { header: f.name, value: (o) => o.name },
    { header: c.slug, value: (o) => o.slug },
    { header: f.nameZh, value: (o) => o.nameZh ?? "" },
    { header: f.type, value: (o) => t.enums.organizationType[o.type] },
    { header: f.country, value: (o) => o.country ?? "" },
    { header: f.headquarters, value: (o) => o.headquarters ?? "" },
    { header: f.website, value: (o) => o.website ?? "" },
    ...dateColumns(f.founded, (o: TApiOrganization) => o.founded),
    { header: f.description, value: (o) => o.description },
    ...citationColumns(),
    pageColumn(),
  ],
});
