import type { Option } from "@/lib/kinds/fields/field-ui";
import { t } from "@/lib/i18n";

/** Options of a select, plus the submitted value when it is not one of them, so it is kept and shown. */
export function SelectOptions({
  options,
  value,
  empty,
}: {
  options: Option[];
  value: string;
  empty?: string;
}) {
  const unknown = value !== "" && !options.some((o) => o.value === value);
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      {unknown ? <option value={value}>{t.admin.form.invalidOption(value)}</option> : null}
    </>
  );
}
