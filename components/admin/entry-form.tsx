"use client";

import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { FieldControl, one } from "@/components/admin/field-control";
import type { PreviewAction } from "@/components/admin/markdown-control";
import { buttonClass, secondaryButtonClass } from "@/components/admin/ui";
import type { ActionResult, FormValues } from "@/lib/actions/action-result";
import type { FieldUi, KindKey, OptionsByKind } from "@/lib/admin/fields/field-ui";
import { t } from "@/lib/i18n";

export type SaveAction = (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * The one form of every kind of entry, drawn from the kind's field descriptions. On failure it
 * shows each message beside its field and everything the editor typed (from the action's
 * returned values); a conflict names who saved and offers the history and an explicit overwrite.
 */
export function EntryForm({
  kind,
  id,
  title,
  fields,
  options,
  values: loaded,
  action,
  previewAction,
  historyHref,
  submitLabel,
}: {
  kind: KindKey;
  id?: string;
  title: string;
  fields: FieldUi[];
  options: OptionsByKind;
  values: FormValues;
  action: SaveAction;
  previewAction: PreviewAction;
  historyHref?: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  // Each answer remounts the form, so its uncontrolled inputs start from the returned values.
  const [answered, setAnswered] = useState(state);
  const [attempt, setAttempt] = useState(0);
  if (state !== answered) {
    setAnswered(state);
    setAttempt(attempt + 1);
  }
  const failure = state && !state.ok ? state : null;
  const values = failure?.values ?? loaded;
  const fieldErrors = failure?.fieldErrors ?? {};
  const labels = Object.fromEntries(fields.map((field) => [field.name, field.label]));
  const conflictVersion = failure?.code === "CONFLICT" ? one(values, "_conflictVersion") : "";

  return (
    <form key={attempt} action={formAction} noValidate aria-label={title} className="space-y-5">
      {failure ? (
        <ErrorSummary message={failure.message} fieldErrors={fieldErrors} labels={labels}>
          {conflictVersion ? (
            <div className="mt-3 flex flex-wrap items-center gap-3">
              {historyHref ? <a href={historyHref}>{t.admin.form.viewHistory}</a> : null}
              <button
                type="submit"
                name="_overwrite"
                value={conflictVersion}
                className={secondaryButtonClass}
              >
                {t.admin.form.overwrite(Number(conflictVersion))}
              </button>
            </div>
          ) : null}
        </ErrorSummary>
      ) : null}
      <input type="hidden" name="_kind" value={kind} />
      {id ? <input type="hidden" name="_id" value={id} /> : null}
      <input type="hidden" name="_version" value={one(values, "_version")} />
      {fields.map((field) => (
        <FieldControl
          key={field.name}
          field={field}
          values={values}
          errors={fieldErrors[field.name]}
          options={options}
          previewAction={previewAction}
        />
      ))}
      <div className="border-t border-line pt-4">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? t.admin.form.saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
