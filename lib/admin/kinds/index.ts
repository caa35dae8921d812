import type { AdminKind } from "@/lib/admin/define-kind";
import { events } from "@/lib/kinds/events/admin";
import { explainers } from "@/lib/kinds/explainers/admin";
import { funding } from "@/lib/kinds/funding/admin";
import { models } from "@/lib/kinds/models/admin";
import { organizations } from "@/lib/kinds/organizations/admin";
import { partnerships } from "@/lib/kinds/partnerships/admin";
import { people } from "@/lib/kinds/people/admin";
import { products } from "@/lib/kinds/products/admin";
import { sources } from "@/lib/kinds/sources/admin";
import { t } from "@/lib/i18n";
import { KIND_KEYS, type KindKey } from "@/lib/kinds";

/** Every kind the admin manages, in menu order (lib/kinds). */
export const adminKinds: Record<KindKey, AdminKind> = {
  models,
  products,
  funding,
  partnerships,
  people,
  organizations,
  events,
  sources,
  explainers,
};

/** The kinds of entry the admin manages, in menu order; `key` is the URL segment. */
export const adminKindLinks = KIND_KEYS.map((key) => ({ key, label: t.admin.kinds[key] }));

/** The kind named by a URL segment, or null for anything else. */
export function findAdminKind(key: string): AdminKind | null {
  return Object.hasOwn(adminKinds, key) ? adminKinds[key as KindKey] : null;
}
