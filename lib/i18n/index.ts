import { kindWordsZh } from "@/lib/i18n/kind-words";
import { zh } from "@/lib/i18n/zh";
import { zhAbout } from "@/lib/i18n/zh-about";
import { zhAccounts } from "@/lib/i18n/zh-accounts";
import { zhAdmin } from "@/lib/i18n/zh-admin";
import { zhChanges } from "@/lib/i18n/zh-changes";
import { zhClaims } from "@/lib/i18n/zh-claims";
import { zhFields } from "@/lib/i18n/zh-fields";

/** The site's strings. One locale today; the type keeps a second one complete. */
export const t = {
  ...zh,
  feeds: {
    ...zh.feeds,
    scopes: kindWordsZh.feedScopes,
    channels: { ...zh.feeds.channels, ...kindWordsZh.feedChannels },
  },
  enums: { ...zh.enums, kind: kindWordsZh.kindNames, ...kindWordsZh.enums },
  fields: { ...zhFields, ...kindWordsZh.fields },
  admin: { ...zhAdmin, kinds: kindWordsZh.adminNames },
  accounts: zhAccounts,
  about: zhAbout,
  changes: zhChanges,
  claims: zhClaims,
};
export type Dictionary = typeof t;
