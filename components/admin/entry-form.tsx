"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { useAnswerKey } from "@/components/admin/use-answer-key";
import { FieldControl } from "@/components/admin/field-control";
import { one } from "@/components/admin/form-values";
import { describedBy, FieldShell } from "@/components/admin/field-shell";
import type { PreviewAction } from "@/components/admin/markdown-control";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/ui";
import type { ActionResult, FormValues } from "@/lib/actions/action-result";
import { REASON_INPUT, REASON_MAX } from "@/lib/admin/change-reason";
import type { FieldUi, OptionsByKind } from "@/lib/kinds/fields/field-ui";
import { t } from "@/lib/i18n";
import type { KindKey } from "@/lib/kinds";

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
  reasonRequired = false,
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
  /** The entry is published: a save needs the editor's reason, for the public change log. */
  reasonRequired?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const attempt = useAnswerKey(state);
  const failure = state && !state.ok ? state : null;
  const values = failure?.values ?? loaded;
  const fieldErrors = failure?.fieldErrors ?? {};
  const labels = {
    ...Object.fromEntries(fields.map((field) => [field.name, field.label])),
    [REASON_INPUT]: t.admin.form.reason,
  };
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
      {reasonRequired ? (
        <div className="border-t border-line pt-4">
          <FieldShell
            name={REASON_INPUT}
            label={t.admin.form.reason}
            required
            help={t.admin.form.reasonHelp}
            errors={fieldErrors[REASON_INPUT]}
          >
            <input
              name={REASON_INPUT}
              defaultValue={one(values, REASON_INPUT)}
              maxLength={REASON_MAX}
              className={inputClass}
              {...describedBy(REASON_INPUT, fieldErrors[REASON_INPUT], t.admin.form.reasonHelp, true)}
            />
          </FieldShell>
        </div>
      ) : null}
      <div className="border-t border-line pt-4">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? t.admin.form.saving : submitLabel}
        </button>
      </div>
    </form>
  );
}
