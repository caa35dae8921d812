import type { ApiResourceName } from "@/lib/kinds";

/** The CSV file of an API resource's entries, e.g. `models.csv`. */
export const csvFileOf = (resource: ApiResourceName) => `${resource}.csv`;

export const csvPath = (file: string) => `/downloads/${file}`;
