import { z } from "zod";
import { t } from "@/lib/i18n";

/** What every server action answers: data, or why not, with the input to put back in the form. */
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      code:
        | "UNAUTHENTICATED"
        | "FORBIDDEN"
        | "INVALID"
        | "CONFLICT"
        | "NOT_FOUND"
        | "REFUSED"
        /** The database cannot be reached for now: nothing was saved; the same submit may work later. */
        | "UNAVAILABLE"
        | "ERROR";
      message: string;
      /** Messages per field name, shown beside the field. */
      fieldErrors?: Record<string, string[]>;
      /** What was submitted, so the form can show it again. */
      values?: FormValues;
    };

/** A submitted form as plain values: a key sent several times becomes an array. */
export type FormValues = Record<string, string | string[]>;

/** FormData to FormValues, leaving out Next.js's own `$ACTION…` fields and uploaded files. */
export function formDataToValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length === 1 ? all[0] : all;
  }
  return values;
}

/** The answer to a submission its zod schema refused: a message per field, and what was typed. */
export function invalidInput(
  error: z.ZodError,
  values: FormValues,
  moreErrors: Record<string, string[]> = {},
): ActionResult<never> {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
  for (const [name, messages] of Object.entries(moreErrors)) (fieldErrors[name] ??= []).push(...messages);
  return { ok: false, code: "INVALID", message: t.actions.invalid, fieldErrors, values };
}
