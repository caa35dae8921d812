import Link from "next/link";
import { t } from "@/lib/i18n";

export interface FilterField {
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}

/** Filters as a plain GET form: works without JavaScript, and the URL is shareable. */
export function FilterForm({ action, fields }: { action: string; fields: FilterField[] }) {
  return (
    <form
      action={action}
      method="get"
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg bg-stone-50 p-3"
    >
      {fields.map((field) => (
        <label key={field.name} className="flex flex-col text-sm">
          <span className="mb-1 text-muted">{field.label}</span>
          <select
            name={field.name}
            defaultValue={field.value ?? ""}
            className="rounded border border-stone-300 bg-white px-2 py-1.5"
          >
            <option value="">{t.common.all}</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button
        type="submit"
        className="rounded bg-brand px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-strong"
      >
        {t.common.filter}
      </button>
      <Link href={action} className="py-1.5 text-sm">
        {t.common.reset}
      </Link>
    </form>
  );
}
