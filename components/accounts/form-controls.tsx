"use client";

import { useFormStatus } from "react-dom";
import { ErrorSummary } from "@/components/admin/error-summary";
import { describedBy, FieldShell } from "@/components/admin/field-shell";
import { inputClass } from "@/components/admin/ui";
import { useAnswerKey } from "@/components/admin/use-answer-key";
import type { ActionResult, FormValues } from "@/lib/actions/action-result";

// The accounts forms, drawn with the admin's form kit (components/admin/field-shell.tsx,
// error-summary.tsx): each field's input is `<form id>-<name>`, the name the journeys and the
// summary's links know it by.

export type FormState = ActionResult<unknown> | null;

/** A server action as useActionState calls it. */
export type FormAction<T> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** A submitted value to put back in the form, for fields that keep their input on failure. */
export function valueOf(state: FormState, name: string): string | undefined {
  const values: FormValues | undefined = state && !state.ok ? state.values : undefined;
  const value = values?.[name];
  return typeof value === "string" ? value : undefined;
}

interface FieldProps {
  /** Prefix of element ids, unique on the page. */
  formId: string;
  name: string;
  label: string;
  defaultValue?: string;
  errors?: string[];
}

/**
 * The props each field of one form takes from the action's state (id, name, label, kept value,
 * errors), and the form's summary of them.
 */
export function bindForm<Name extends string>(
  state: FormState,
  formId: string,
  labels: Record<Name, string>,
) {
  return {
    field: (name: Name): FieldProps => ({
      formId,
      name,
      label: labels[name],
      defaultValue: valueOf(state, name),
      errors: state && !state.ok ? (state.fieldErrors?.[name] ?? []) : [],
    }),
    summary: { state, formId, labels },
  };
}

export function TextField({
  formId,
  name,
  label,
  type = "text",
  autoComplete,
  defaultValue,
  hint,
  errors,
  minLength,
}: FieldProps & {
  type?: "text" | "email" | "password";
  autoComplete?: string;
  hint?: string;
  minLength?: number;
}) {
  const id = `${formId}-${name}`;
  return (
    <FieldShell name={name} id={id} label={label} help={hint} errors={errors}>
      <input
        {...describedBy(name, errors, hint, false, id)}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required
        minLength={minLength}
        className={inputClass}
      />
    </FieldShell>
  );
}

export function SelectField({
  formId,
  name,
  label,
  options,
  defaultValue,
  errors,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const id = `${formId}-${name}`;
  return (
    <FieldShell name={name} id={id} label={label} errors={errors}>
      <select
        {...describedBy(name, errors, undefined, false, id)}
        name={name}
        defaultValue={defaultValue}
        className={inputClass}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * The answer above a form with fields: a failure as the error summary, focused on each answer
 * and linking each field's problem to it; a success as a status message.
 */
export function FormSummary({
  state,
  formId,
  labels,
}: {
  state: FormState;
  formId: string;
  labels: Record<string, string>;
}) {
  const attempt = useAnswerKey(state);
  if (!state || state.ok) return <FormMessage state={state} />;
  return (
    <ErrorSummary
      key={attempt}
      message={state.message}
      fieldErrors={state.fieldErrors ?? {}}
      labels={labels}
      inputId={(name) => `${formId}-${name}`}
    />
  );
}

/**
 * The answer of a small form (a row's action, signing out): a failure as an alert, a success
 * as a status message. Field errors show beside the field.
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
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.message}
    </p>
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
