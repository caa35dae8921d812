import "server-only";
// Everything the server knows of each kind, from its folder (lib/kinds/<kind>/index.ts): its
// admin description, API resource and search. The admin's kinds, the API's resources, search's
// kinds and the CSV files (from each kind's API item and field names) all derive from here; a
// kind missing here, or missing a part, is a type error.
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import type { ApiResource } from "@/lib/api/define-resource";
import { defineCsvDownload, type CsvDownload } from "@/lib/csv/define-csv-download";
import { KIND_KEYS, KINDS, type ContentKind, type KindKey } from "@/lib/kinds";
import type { LoadFeedDetails } from "@/lib/feeds/feed-facts";
import * as events from "@/lib/kinds/events";
import * as explainers from "@/lib/kinds/explainers";
import * as funding from "@/lib/kinds/funding";
import * as models from "@/lib/kinds/models";
import * as organizations from "@/lib/kinds/organizations";
import * as partnerships from "@/lib/kinds/partnerships";
import * as people from "@/lib/kinds/people";
import * as products from "@/lib/kinds/products";
import * as sources from "@/lib/kinds/sources";
import type { KindSearch } from "@/lib/search/define-kind-search";

export interface KindParts {
  admin: AdminKind;
  resource: ApiResource;
  search: KindSearch;
  /** What its feed items say beyond the summary: key facts, a qualified date (lib/feeds/feed-facts.ts). */
  loadFeedDetails?: LoadFeedDetails;
}

/** In the order the API's documentation lists them: what others refer to first. */
const KIND_PARTS: Record<KindKey, KindParts> = {
  organizations,
  people,
  models,
  products,
  funding,
  partnerships,
  events,
  sources,
  explainers,
};

/** Every kind the admin manages, in menu order (lib/kinds). */
export const adminKinds = Object.fromEntries(KIND_KEYS.map((key) => [key, KIND_PARTS[key].admin])) as Record<
  KindKey,
  AdminKind
>;

/** The described kind of an admin URL segment or a revision's kind, or null for anything else. */
export function findAdminKind(key: string): AdminKind | null {
  return Object.hasOwn(adminKinds, key) ? adminKinds[key as KindKey] : null;
}

/** The kinds whose feed items carry key facts, by code. */
export const FEED_DETAILS: Partial<Record<ContentKind, LoadFeedDetails>> = Object.fromEntries(
  KINDS.flatMap((kind) => {
    const load = (KIND_PARTS[kind.key] as KindParts).loadFeedDetails;
    return load ? [[kind.code, load]] : [];
  }),
);

/** Every resource of the API, in the order the documentation lists them. */
export const API_RESOURCES: readonly ApiResource[] = Object.values(KIND_PARTS).map((parts) => parts.resource);

/** The kinds in the order search lists their groups. */
export const KIND_SEARCHES: readonly KindSearch[] = KIND_KEYS.map((key) => KIND_PARTS[key].search);

/** Every kind's CSV file, in the order the API's documentation lists them. */
export const CSV_DOWNLOADS: readonly CsvDownload[] = Object.values(KIND_PARTS).map((parts) =>
  defineCsvDownload(parts.resource, parts.admin),
);
