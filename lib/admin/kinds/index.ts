import { t } from "@/lib/i18n";
import { KIND_KEYS } from "@/lib/kinds";

export { adminKinds, findAdminKind } from "@/lib/kinds/registry";

/** The kinds of entry the admin manages, in menu order; `key` is the URL segment. */
export const adminKindLinks = KIND_KEYS.map((key) => ({ key, label: t.admin.kinds[key] }));
