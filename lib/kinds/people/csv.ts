import "server-only";
import { citationColumns, pageColumn, defineCsvDownload } from "@/lib/csv/define-csv-download";
import { formatYesNo } from "@/lib/format/yes-no";
import { t } from "@/lib/i18n";
import { resource, type TApiPerson } from "@/lib/kinds/people/api";

const f = t.fields;
const c = t.openData.columns;

export const csv = defineCsvDownload<TApiPerson>({
  resource,
  description: "Every published person, one per row.",
  columns: [
    { header: f.name, value: (p) => p.name },
    { header: c.slug, value: (p) => p.slug },
    { header: f.category, value: (p) => t.enums.personCategory[p.category] },
    { header: f.role, value: (p) => p.role },
    { header: f.boardMember, value: (p) => formatYesNo(p.boardMember) },
    { header: f.background, value: (p) => p.background },
    ...citationColumns(),
    pageColumn(),
  ],
});
