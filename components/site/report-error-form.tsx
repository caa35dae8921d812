"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/admin/error-summary";
import { useAnswerKey } from "@/components/admin/use-answer-key";
import { one } from "@/components/admin/form-values";
import { describedBy, FieldShell } from "@/components/admin/field-shell";
import { buttonClass, inputClass } from "@/components/admin/ui";
import type { ActionResult } from "@/lib/actions/action-result";
import { CONTACT_MAX, MESSAGE_MAX, URL_MAX } from "@/lib/corrections/limits";
import { t } from "@/lib/i18n";

const r = t.changes.report;

type ReportAction = (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;

const FIELDS = [
  { name: "message", label: r.message, help: r.messageHelp, required: true, max: MESSAGE_MAX },
  { name: "sourceUrl", label: r.sourceUrl, help: r.sourceUrlHelp, required: true, max: URL_MAX },
  { name: "contact", label: r.contact, help: r.contactHelp, required: false, max: CONTACT_MAX },
] as const;

/**
 * A reader's report of an error in one entry. It works without JavaScript (a plain POST to the
 * server action); a refusal names each field and keeps everything typed.
 */
export function ReportErrorForm({
  action,
  kind,
  slug,
  title,
}: {
  action: ReportAction;
  kind: string;
  slug: string;
  title: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const attempt = useAnswerKey(state);
  const failure = state && !state.ok ? state : null;
  const values = failure?.values ?? {};
  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <form key={attempt} action={formAction} noValidate aria-label={title} className="max-w-2xl space-y-5">
      {failure ? (
        <ErrorSummary
          message={failure.message}
          fieldErrors={fieldErrors}
          labels={Object.fromEntries(FIELDS.map((field) => [field.name, field.label]))}
        />
      ) : null}
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="slug" value={slug} />
      {FIELDS.map((field) => {
        const errors = fieldErrors[field.name];
        const aria = describedBy(field.name, errors, field.help, field.required);
        return (
          <FieldShell
            key={field.name}
            name={field.name}
            label={field.label}
            required={field.required}
            help={field.help}
            errors={errors}
          >
            {field.name === "message" ? (
              <textarea
                name={field.name}
                rows={6}
                maxLength={field.max}
                defaultValue={one(values, field.name)}
                className={inputClass}
                {...aria}
              />
            ) : (
              <input
                name={field.name}
                type={field.name === "sourceUrl" ? "url" : "text"}
                maxLength={field.max}
                defaultValue={one(values, field.name)}
                className={inputClass}
                {...aria}
              />
            )}
          </FieldShell>
        );
      })}
      {/* Hidden from people and assistive technology; robots that fill every field fill it. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          {r.honeypot}
          <input name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? r.submitting : r.submit}
      </button>
    </form>
  );
}
