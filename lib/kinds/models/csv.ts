import "server-only";
import {
  citationColumns,
  dateColumns,
  organizationNames,
  pageColumn,
  defineCsvDownload,
} from "@/lib/csv/define-csv-download";
import { formatYesNo } from "@/lib/format/yes-no";
import { t } from "@/lib/i18n";
import { resource, type TApiModel } from "@/lib/kinds/models/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiModel>({
  resource,
  description: "Every published model, one per row.",
  columns: [
    { header: f.name, value: (m) => m.name },
    { header: c.slug, value: (m) => m.slug },
    { header: f.family, value: (m) => m.family },
    { header: f.category, value: (m) => t.enums.modelCategory[m.category] },
    { header: f.license, value: (m) => m.licenseName || t.enums.modelLicense[m.license] },
    { header: f.openWeights, value: (m) => formatYesNo(m.openWeights) },
    ...dateColumns(f.released, (m: TApiModel) => m.date),
    { header: c.replaces, value: (m) => m.replaces?.name ?? "" },
    { header: f.collaborators, value: (m) => organizationNames(m.collaborators) },
    { header: f.summary, value: (m) => m.summary },
    ...citationColumns(),
    pageColumn(),
  ],
});
