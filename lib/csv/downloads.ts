import "server-only";
import type { CsvDownload } from "@/lib/csv/define-csv-download";
import { CSV_DOWNLOADS } from "@/lib/kinds/registry";

export { CSV_DOWNLOADS };

export function findCsvDownload(file: string): CsvDownload | undefined {
  return CSV_DOWNLOADS.find((download) => download.file === file);
}
