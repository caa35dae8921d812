"use client";

import { useActionState } from "react";
import { describedBy, FieldNotes } from "@/components/admin/field-shell";
import { one } from "@/components/admin/form-values";
import { buttonClass, inputClass } from "@/components/admin/ui";
import type { ActionResult } from "@/lib/actions/action-result";

export type FormAction = (state: ActionResult | null, formData: FormData) => Promise<ActionResult>;

export interface ActionFormInput {
  name: string;
  label: string;
  type: "datetime-local" | "checkbox" | "text";
  /** The checkbox's value, or the input's initial value. */
  value?: string;
  required?: boolean;
  help?: string;
}

/**
 * A small form for one action on an entry (publish, schedule, delete, restore): hidden ids, a
 * few inputs, one button. It works without JavaScript (a plain POST to the server action), and
 * shows the action's refusal, with the input kept, when there is one.
 */
export function ActionForm({
  action,
  hidden,
  inputs = [],
  submitLabel,
  submitClass = buttonClass,
  label,
  conflictHref,
  conflictLabel,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  inputs?: ActionFormInput[];
  submitLabel: string;
  submitClass?: string;
  label?: string;
  conflictHref?: string;
  conflictLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form action={formAction} aria-label={label} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {inputs.map((input) => {
        const errors = failure?.fieldErrors?.[input.name];
        const aria = describedBy(input.name, errors, input.help);
        const typed = failure?.values ? one(failure.values, input.name) : undefined;
        return input.type === "checkbox" ? (
          <div key={input.name}>
            <label className="inline-flex items-center gap-2 text-sm">
              <input
                {...aria}
                type="checkbox"
                name={input.name}
                value={input.value}
                required={input.required}
                defaultChecked={typed === input.value}
              />
              {input.label}
            </label>
            <FieldNotes name={input.name} errors={errors} help={input.help} />
          </div>
        ) : (
          <div key={input.name}>
            <label htmlFor={aria.id} className="mb-1 block text-sm font-medium">
              {input.label}
            </label>
            <input
              {...aria}
              key={typed}
              type={input.type}
              step={input.type === "datetime-local" ? 1 : undefined}
              name={input.name}
              required={input.required}
              defaultValue={typed ?? input.value}
              className={inputClass}
            />
            <FieldNotes name={input.name} errors={errors} help={input.help} />
          </div>
        );
      })}
      {failure ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          {failure.message}
          {failure.code === "CONFLICT" && conflictHref ? (
            <>
              {" "}
              <a href={conflictHref}>{conflictLabel}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <button type="submit" className={submitClass} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
