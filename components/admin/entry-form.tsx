"use client";

import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { useAnswerKey } from "@/components/admin/use-answer-key";
import { useLocalDraft } from "@/components/admin/use-local-draft";
import { FieldControl } from "@/components/admin/field-control";
import { one } from "@/components/admin/form-values";
import { describedBy, FieldShell } from "@/components/admin/field-shell";
import type { PreviewAction } from "@/components/admin/markdown-control";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/admin/ui";
import type { ActionResult, FormValues } from "@/lib/actions/action-result";
import { REASON_INPUT, REASON_MAX } from "@/lib/admin/change-reason";
import type { FieldUi, OptionsByKind } from "@/lib/kinds/fields/field-ui";
import { creatableTargets, withPickedEntry } from "@/lib/kinds/fields/picked-entry";
import type { PickedEntry, ReturnTo } from "@/lib/admin/return-to";
import { suggestSlug } from "@/lib/content/slug";
import { formatTimestamp } from "@/lib/format/timestamp";
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
  publishLabel,
  reasonRequired = false,
  justSaved = { created: false, saved: false },
  picked,
  returnTo,
  slugFrom,
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
  /** A draft's second button: save, then publish in the same step. */
  publishLabel?: string;
  /** The entry is published: a save needs the editor's reason, for the public change log. */
  reasonRequired?: boolean;
  /** The page follows a successful save: its draft in this browser is done with. */
  justSaved?: { created: boolean; saved: boolean };
  /** An entry just created for one of this form's fields, to choose in it. */
  picked?: PickedEntry;
  /** This form creates an entry another form needs: where to go back once it is saved. */
  returnTo?: ReturnTo;
  /** A new entry's title field: its slug is suggested from it until the editor writes one. */
  slugFrom?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const attempt = useAnswerKey(state);
  const formRef = useRef<HTMLFormElement>(null);
  const pickedField = picked && fields.find((field) => field.name === picked.field);
  const draft = useLocalDraft({
    kind,
    id,
    loaded,
    saved: justSaved,
    picked: pickedField && {
      kind: picked.kind,
      apply: (values) => withPickedEntry(values, pickedField, picked.kind, picked.id),
    },
    formRef,
  });
  // Where a "新建…" link beside a field comes back to: this form, with its draft.
  const here = id ? `/admin/${kind}/${id}` : `/admin/${kind}/new`;
  const { answered } = draft;
  useEffect(answered, [state, answered]);
  // A title typed before the form hydrated fired no input event: suggest its slug now.
  useEffect(() => {
    const form = formRef.current;
    if (!form || !slugFrom) return;
    const title = form.elements.namedItem(slugFrom);
    if (title instanceof HTMLInputElement && title.value) suggestSlugFrom(form, title, slugFrom);
  }, [slugFrom]);
  const failure = state && !state.ok ? state : null;
  const values = failure?.values ?? draft.restored?.values ?? loaded;
  const fieldErrors = failure?.fieldErrors ?? {};
  const labels = {
    ...Object.fromEntries(fields.map((field) => [field.name, field.label])),
    [REASON_INPUT]: t.admin.form.reason,
  };
  const conflictVersion = failure?.code === "CONFLICT" ? one(values, "_conflictVersion") : "";

  return (
    <>
      {draft.restored && !failure ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
        >
          <span>{t.admin.draft.restored(formatTimestamp(new Date(draft.restored.savedAt)))}</span>
          <button type="button" onClick={draft.discard} className={secondaryButtonClass}>
            {t.admin.draft.discard}
          </button>
        </div>
      ) : null}
      <form
        key={`${attempt}:${draft.restored?.savedAt ?? "loaded"}`}
        ref={formRef}
        action={formAction}
        onInput={(event) => {
          if (slugFrom) suggestSlugFrom(event.currentTarget, event.target, slugFrom);
          draft.keep();
        }}
        onChange={draft.keep}
        // A row added, moved or removed by a click shows after React's render: kept then.
        onClick={() => requestAnimationFrame(draft.keep)}
        onSubmit={draft.submitted}
        noValidate
        aria-label={title}
        className="space-y-5"
      >
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
        {returnTo ? (
          <>
            <input type="hidden" name="_return" value={returnTo.path} />
            <input type="hidden" name="_returnField" value={returnTo.field} />
          </>
        ) : null}
        {id ? <input type="hidden" name="_id" value={id} /> : null}
        <input type="hidden" name="_version" value={one(values, "_version")} />
        {fields.map((field) => (
          <div key={field.name}>
            <FieldControl
              field={field}
              values={values}
              errors={fieldErrors[field.name]}
              options={options}
              previewAction={previewAction}
            />
            <CreateLinks field={field} returnPath={here} />
          </div>
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
        <div className="flex flex-wrap gap-3 border-t border-line pt-4">
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? t.admin.form.saving : submitLabel}
          </button>
          {publishLabel ? (
            <button
              type="submit"
              name="_publish"
              value="1"
              className={secondaryButtonClass}
              disabled={pending}
            >
              {publishLabel}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}

/** Links to create what a field refers to when it is missing, coming back to this form. */
function CreateLinks({ field, returnPath }: { field: FieldUi; returnPath: string }) {
  const targets = creatableTargets(field);
  if (!targets.length) return null;
  return (
    <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
      {t.admin.form.missingEntry}
      {targets.map(({ kind: target }) => (
        <a
          key={target}
          href={`/admin/${target}/new?${new URLSearchParams({ return: returnPath, field: field.name })}`}
        >
          {t.admin.list.new(t.admin.kinds[target])}
        </a>
      ))}
    </p>
  );
}

/**
 * Fills the slug from the title as it is typed, while the slug is empty or still the suggestion;
 * once the editor writes a slug of their own it is left alone.
 */
function suggestSlugFrom(form: HTMLFormElement, target: EventTarget, titleField: string) {
  const slug = form.elements.namedItem("slug");
  if (!(slug instanceof HTMLInputElement) || !(target instanceof HTMLInputElement)) return;
  if (target === slug) {
    slug.dataset.suggested = String(slug.value === "");
    return;
  }
  if (target.name !== titleField || (slug.value !== "" && slug.dataset.suggested !== "true")) return;
  slug.value = suggestSlug(target.value);
  slug.dataset.suggested = "true";
}
