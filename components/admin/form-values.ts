import type { FormValues } from "@/lib/actions/action-result";

// Reading a form's values back into its inputs. A module of its own, with no component in it, so
// that a reader's form (components/site/report-error-form.tsx) takes these without the admin's
// controls.

/** A value as one string ("" when absent; the first of a repeated one). */
export const one = (values: FormValues, key: string) => {
  const value = values[key];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
};

/** A value as a list (a checkbox list sends its key once per tick). */
export const many = (values: FormValues, key: string) => {
  const value = values[key];
  return Array.isArray(value) ? value : value ? [value] : [];
};
