import { t } from "@/lib/i18n";

/** A yes/no fact as readers see it: 是, 否, or 未说明 when the sources do not say (null). */
export function formatYesNo(value: boolean | null): string {
  if (value === null) return t.common.unspecified;
  return value ? t.common.yes : t.common.no;
}
