import { zh } from "@/lib/i18n/zh";
import { zhAccounts } from "@/lib/i18n/zh-accounts";
import { zhAdmin } from "@/lib/i18n/zh-admin";

/** The site's strings. One locale today; the type keeps a second one complete. */
export const t = { ...zh, admin: zhAdmin, accounts: zhAccounts };
export type Dictionary = typeof t;
