import { t } from "@/lib/i18n";

/** A category or stage as readers see it: its label, or 未说明 when the sources give none (null). */
export function formatOption<Value extends string>(
  labels: Record<Value, string>,
  value: Value | null,
): string {
  return value === null ? t.common.unspecified : labels[value];
}
