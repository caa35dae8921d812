import type { MainPageKey } from "@/lib/seo/main-pages";

/** A machine-readable copy of a page's data: where it is and in what format. */
export interface DataDownload {
  path: string;
  encodingFormat: string;
}

/** The downloads offered for each data page; pages without any are described without them. */
export const DATASET_DOWNLOADS: Partial<Record<MainPageKey, readonly DataDownload[]>> = {
  models: [
    { path: "/api/v1/models", encodingFormat: "application/json" },
    { path: "/downloads/models.csv", encodingFormat: "text/csv" },
  ],
  funding: [
    { path: "/api/v1/funding-rounds", encodingFormat: "application/json" },
    { path: "/downloads/funding-rounds.csv", encodingFormat: "text/csv" },
  ],
};
