import { zh } from "@/lib/i18n/zh";

/** The site's strings. One locale today; the type keeps a second one complete. */
export const t = zh;
export type { Dictionary } from "@/lib/i18n/zh";
