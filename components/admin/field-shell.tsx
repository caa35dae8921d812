import type { ReactNode } from "react";
import { errorTextClass, helpTextClass } from "@/components/admin/ui";
import { fieldInputId } from "@/lib/kinds/fields/field-ui";
import { t } from "@/lib/i18n";

// The one form kit of the admin, the account screens and the reader's report: a labelled field
// with its help and its error beside it. The input's id is the field's name made safe
// (fieldInputId) unless a form gives its own, as the account forms do (`log-in-email`).

/**
 * Ids and ARIA attributes that tie a field's input to its help and its error. The error is read
 * first: after a failed save, what is wrong matters more than the hint.
 */
export function describedBy(
  name: string,
  errors: string[] | undefined,
  help: string | undefined,
  required = false,
  id = fieldInputId(name),
) {
  const ids = [errors?.length ? `${id}-error` : "", help ? `${id}-help` : ""].filter(Boolean).join(" ");
  return {
    id,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": ids || undefined,
    "aria-required": required || undefined,
  } as const;
}

/** A field's help and error lines, under its input. */
export function FieldNotes({
  name,
  id = fieldInputId(name),
  errors,
  help,
}: {
  name: string;
  id?: string;
  errors?: string[];
  help?: string;
}) {
  return (
    <>
      {help ? (
        <p id={`${id}-help`} className={helpTextClass}>
          {help}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className={errorTextClass}>
          {errors.join("；")}
        </p>
      ) : null}
    </>
  );
}

/** The visible mark of a required field; assistive technology hears aria-required instead. */
function RequiredMark() {
  return (
    <span aria-hidden="true" className="ms-1 text-xs font-normal text-red-700">
      （{t.admin.form.required}）
    </span>
  );
}

/** A legend's text, with the mark for required fields. */
export function LabelText({ label, required }: { label: string; required?: boolean }) {
  return (
    <span className="mb-1 block text-sm font-medium">
      {label}
      {required ? <RequiredMark /> : null}
    </span>
  );
}

/** A label element holding only the field's name (so the name is exact), then the mark. */
export function FieldLabel({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: string;
  required?: boolean;
}) {
  return (
    <div className="mb-1 text-sm font-medium">
      <label htmlFor={htmlFor}>{label}</label>
      {required ? <RequiredMark /> : null}
    </div>
  );
}

/** A labelled single-input field. */
export function FieldShell({
  name,
  id = fieldInputId(name),
  label,
  required,
  help,
  errors,
  children,
}: {
  name: string;
  /** The input's id, when the form does not use the field's name. */
  id?: string;
  label: string;
  required?: boolean;
  help?: string;
  errors?: string[];
  children: ReactNode;
}) {
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} required={required} />
      {children}
      <FieldNotes name={name} id={id} errors={errors} help={help} />
    </div>
  );
}
