"use client";

import { useFormStatus } from "react-dom";
import type { ActionResult, FormValues } from "@/lib/actions/action-result";
import { t } from "@/lib/i18n";

// The accounts forms' pieces: labelled fields with their errors beside them, a summary that
// screen readers announce, and a submit button that waits for the action.

const inputClass =
  "w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

export type FormState = ActionResult<unknown> | null;

/** A server action as useActionState calls it. */
export type FormAction<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** The errors of one field from an action's answer. */
export function fieldErrorsOf(state: FormState, name: string): string[] {
  return state && !state.ok ? (state.fieldErrors?.[name] ?? []) : [];
}

/** A submitted value to put back in the form, for fields that keep their input on failure. */
export function valueOf(state: FormState, name: string): string | undefined {
  const values: FormValues | undefined = state && !state.ok ? state.values : undefined;
  const value = values?.[name];
  return typeof value === "string" ? value : undefined;
}

interface TextFieldProps {
  /** Prefix of element ids, unique on the page. */
  formId: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  minLength?: number;
}

/** The props every field of one form takes from the action's state: id, name, kept value, errors. */
export function bindField(state: FormState, formId: string) {
  return (name: string) => ({
    formId,
    name,
    defaultValue: valueOf(state, name),
    errors: fieldErrorsOf(state, name),
  });
}

export function TextField({
  formId,
  name,
  label,
  type = "text",
  autoComplete,
  defaultValue,
  hint,
  errors = [],
  required = true,
  minLength,
}: TextFieldProps) {
  const id = `${formId}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        minLength={minLength}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={inputClass}
      />
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  formId,
  name,
  label,
  options,
  defaultValue,
  errors = [],
}: {
  formId: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
}) {
  const id = `${formId}-${name}`;
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errorId}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The outcome of the last submission: failures as an alert (the message, then each field's
 * errors), success as a status message.
 */
export function FormMessage({ state }: { state: FormState }) {
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
        {state.message}
      </p>
    ) : null;
  }
  const fieldMessages = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      <p>{state.message}</p>
      {fieldMessages.length ? (
        <>
          <p className="sr-only">{t.accounts.formErrors}</p>
          <ul className="mt-1 list-disc ps-5">
            {[...new Set(fieldMessages)].map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function SubmitButton({
  children,
  tone = "primary",
}: {
  children: string;
  tone?: "primary" | "plain";
}) {
  const { pending } = useFormStatus();
  const look =
    tone === "primary"
      ? "bg-brand text-white hover:bg-brand-strong"
      : "border border-stone-300 bg-white text-ink hover:bg-stone-100";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 text-sm font-medium disabled:opacity-60 ${look}`}
    >
      {children}
    </button>
  );
}
