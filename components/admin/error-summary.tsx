"use client";

import { useEffect, useRef } from "react";
import { fieldInputId } from "@/lib/kinds/fields/field-ui";
import { t } from "@/lib/i18n";

/**
 * The form's problems at the top, focused when they appear so a screen reader announces them,
 * each a link to its field.
 */
export function ErrorSummary({
  message,
  fieldErrors,
  labels,
  inputId = fieldInputId,
  children,
}: {
  message: string;
  fieldErrors: Record<string, string[]>;
  labels: Record<string, string>;
  /** The id of a field's input, which its line links to (see FieldShell). */
  inputId?: (name: string) => string;
  children?: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const entries = Object.entries(fieldErrors).filter(([, messages]) => messages.length > 0);
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="mb-6 rounded border border-red-300 bg-red-50 p-4 text-sm text-red-900"
    >
      <p className="font-semibold">{message}</p>
      {entries.length > 0 ? (
        <>
          <p className="mt-2">{t.admin.form.errorSummary}</p>
          <ul className="mt-1 list-disc ps-5">
            {entries.map(([name, messages]) => (
              <li key={name}>
                <a href={`#${inputId(name)}`} className="text-red-900 underline">
                  {labels[name] ?? name}：{messages.join("；")}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {children}
    </div>
  );
}
