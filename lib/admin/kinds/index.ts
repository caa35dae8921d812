import type { AdminKind } from "@/lib/admin/define-kind";
import { t } from "@/lib/i18n";
import { KIND_KEYS, type KindKey } from "@/lib/kinds";
import { adminKinds } from "@/lib/kinds/registry";

export { adminKinds };

/** The kinds of entry the admin manages, in menu order; `key` is the URL segment. */
export const adminKindLinks = KIND_KEYS.map((key) => ({ key, label: t.admin.kinds[key] }));

/** The kind named by a URL segment, or null for anything else. */
export function findAdminKind(key: string): AdminKind | null {
  return Object.hasOwn(adminKinds, key) ? adminKinds[key as KindKey] : null;
}
