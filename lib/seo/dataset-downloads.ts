import { apiResourcePath } from "@/lib/api/paths";
import { csvFileOf, csvPath } from "@/lib/csv/paths";
import type { MainPageKey } from "@/lib/seo/main-pages";

/** A machine-readable copy of a page's data: where it is and in what format. */
export interface DataDownload {
  path: string;
  encodingFormat: string;
}

/** The downloads offered for each data page; pages without any are described without them. */
export const DATASET_DOWNLOADS: Partial<Record<MainPageKey, readonly DataDownload[]>> = {
  models: [
    { path: apiResourcePath("models"), encodingFormat: "application/json" },
    { path: csvPath(csvFileOf("models")), encodingFormat: "text/csv" },
  ],
  funding: [
    { path: apiResourcePath("funding-rounds"), encodingFormat: "application/json" },
    { path: csvPath(csvFileOf("funding-rounds")), encodingFormat: "text/csv" },
  ],
};
