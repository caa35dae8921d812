import { csvFileOf, csvPath } from "@/lib/csv/paths";
import { t } from "@/lib/i18n";
import type { ApiResourceName } from "@/lib/kinds";

/** The link to a kind's CSV file, near its list page's header; `download` saves it rather than opening it. */
export function CsvDownloadLink({ resource }: { resource: ApiResourceName }) {
  return (
    <p className="mt-3 text-sm">
      <a href={csvPath(csvFileOf(resource))} download className="underline">
        {t.openData.downloadCsv}
      </a>
    </p>
  );
}
