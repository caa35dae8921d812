import type { AdminKind } from "@/lib/admin/define-kind";
import { events } from "@/lib/admin/kinds/events";
import { explainers } from "@/lib/admin/kinds/explainers";
import { funding } from "@/lib/admin/kinds/funding";
import { models } from "@/lib/admin/kinds/models";
import { organizations } from "@/lib/admin/kinds/organizations";
import { partnerships } from "@/lib/admin/kinds/partnerships";
import { people } from "@/lib/admin/kinds/people";
import { products } from "@/lib/admin/kinds/products";
import { sources } from "@/lib/admin/kinds/sources";
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
