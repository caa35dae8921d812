"use client";

import { useRef, useState, useTransition } from "react";
import { FieldLabel, FieldNotes } from "@/components/admin/field-shell";
import { inputClass, secondaryButtonClass } from "@/components/admin/ui";
import type { ActionResult } from "@/lib/actions/action-result";
import type { FieldUi } from "@/lib/kinds/fields/field-ui";
import { t } from "@/lib/i18n";

const f = t.admin.form;

export type PreviewAction = (
  state: ActionResult<{ html: string }> | null,
  formData: FormData,
) => Promise<ActionResult<{ html: string }>>;

/**
 * A Markdown textarea with a preview rendered on the server by the same sanitizer as the public
 * pages (lib/markdown.ts), so the preview is exactly what readers get and never runs a script.
 * The textarea stays in the form while previewing, so its text is still submitted.
 */
export function MarkdownControl({
  field,
  value,
  errors,
  aria,
  previewAction,
}: {
  field: Extract<FieldUi, { type: "textarea" | "markdown" }>;
  value: string;
  errors?: string[];
  aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string; "aria-required"?: true };
  previewAction: PreviewAction;
}) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState<{ html: string } | { error: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const showPreview = () =>
    startTransition(async () => {
      const data = new FormData();
      data.set("markdown", textarea.current?.value ?? "");
      const result = await previewAction(null, data);
      setPreview(result.ok ? { html: result.data.html } : { error: result.message });
    });

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <FieldLabel htmlFor={aria.id} label={field.label} required={field.required} />
        <div className="mb-1 flex gap-1">
          <button
            type="button"
            className={secondaryButtonClass}
            aria-pressed={preview === null}
            onClick={() => setPreview(null)}
          >
            {f.edit}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            aria-pressed={preview !== null}
            onClick={showPreview}
            disabled={pending}
          >
            {pending ? f.previewing : f.preview}
          </button>
        </div>
      </div>
      <textarea
        ref={textarea}
        {...aria}
        name={field.name}
        rows={8}
        defaultValue={value}
        hidden={preview !== null}
        className={`${inputClass} font-mono text-sm`}
      />
      {preview !== null ? (
        <div
          aria-label={`${field.label}：${f.preview}`}
          role="region"
          className="min-h-24 rounded border border-stone-300 bg-stone-50 p-3"
        >
          {"error" in preview ? (
            <p className="text-red-700">{preview.error || f.previewFailed}</p>
          ) : preview.html ? (
            // Sanitized HTML from the server (renderMarkdown): the same markup readers receive.
            <div className="prose-zh" dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : (
            <p className="text-muted">{f.previewEmpty}</p>
          )}
        </div>
      ) : null}
      <FieldNotes name={field.name} errors={errors} help={field.help ?? f.markdownHelp} />
    </div>
  );
}
