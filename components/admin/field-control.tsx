"use client";

import { describedBy, FieldNotes, FieldShell, LabelText } from "@/components/admin/field-shell";
import { many, one } from "@/components/admin/form-values";
import { MarkdownControl, type PreviewAction } from "@/components/admin/markdown-control";
import { MoneyControl } from "@/components/admin/money-control";
import { QualifierControl } from "@/components/admin/qualifier-control";
import { RowsControl } from "@/components/admin/rows-control";
import { SelectOptions } from "@/components/admin/select-options";
import { controlClass, inputClass } from "@/components/admin/ui";
import type { FormValues } from "@/lib/actions/action-result";
import { fieldInputId, type FieldUi, type OptionsByKind } from "@/lib/kinds/fields/field-ui";
import { t } from "@/lib/i18n";

const f = t.admin.form;

const PRECISION_OPTIONS = Object.entries(f.precisionOptions).map(([value, label]) => ({ value, label }));

/** One field of the generic form, drawn from its description, showing `values` and its errors. */
export function FieldControl({
  field,
  values,
  errors,
  options,
  previewAction,
}: {
  field: FieldUi;
  values: FormValues;
  errors?: string[];
  options: OptionsByKind;
  previewAction: PreviewAction;
}) {
  const { name, label, help } = field;
  const aria = describedBy(name, errors, help, "required" in field && field.required);
  switch (field.type) {
    case "text":
    case "url":
    case "integer":
      return (
        <FieldShell name={name} label={label} required={field.required} help={help} errors={errors}>
          <input
            {...aria}
            name={name}
            type={field.type === "url" ? "url" : "text"}
            inputMode={field.type === "integer" ? "numeric" : undefined}
            defaultValue={one(values, name)}
            className={inputClass}
          />
        </FieldShell>
      );
    case "date":
      return (
        <FieldShell name={name} label={label} required={field.required} help={help} errors={errors}>
          <input {...aria} name={name} type="date" defaultValue={one(values, name)} className={inputClass} />
        </FieldShell>
      );
    case "textarea":
      return (
        <FieldShell name={name} label={label} required={field.required} help={help} errors={errors}>
          <textarea {...aria} name={name} rows={4} defaultValue={one(values, name)} className={inputClass} />
        </FieldShell>
      );
    case "markdown":
      return (
        <MarkdownControl
          field={field}
          value={one(values, name)}
          errors={errors}
          aria={aria}
          previewAction={previewAction}
        />
      );
    case "checkbox":
      return (
        <div>
          <label className="inline-flex items-center gap-2 text-sm font-medium">
            <input {...aria} type="checkbox" name={name} defaultChecked={one(values, name) === "on"} />
            {label}
          </label>
          <FieldNotes name={name} errors={errors} help={help} />
        </div>
      );
    case "select":
      return (
        <FieldShell name={name} label={label} required={field.required} help={help} errors={errors}>
          <select {...aria} name={name} defaultValue={one(values, name)} className={inputClass}>
            <SelectOptions
              options={field.options}
              value={one(values, name)}
              empty={field.required ? f.choose : (field.emptyLabel ?? f.none)}
            />
          </select>
        </FieldShell>
      );
    case "reference":
      return (
        <FieldShell name={name} label={label} required={field.required} help={help} errors={errors}>
          <select {...aria} name={name} defaultValue={one(values, name)} className={inputClass}>
            <SelectOptions options={options[field.target] ?? []} value={one(values, name)} empty={f.none} />
          </select>
        </FieldShell>
      );
    case "references": {
      const ticked = new Set(many(values, name));
      return (
        <fieldset
          id={fieldInputId(name)}
          tabIndex={-1}
          aria-describedby={aria["aria-describedby"]}
          className="min-w-0"
        >
          <legend>
            <LabelText label={label} />
          </legend>
          <ul className="max-h-56 overflow-auto rounded border border-stone-300 p-2 text-sm sm:columns-2">
            {(options[field.target] ?? []).map((option) => (
              <li key={option.value}>
                <label className="inline-flex items-center gap-2">
                  <input
                    type="checkbox"
                    name={name}
                    value={option.value}
                    defaultChecked={ticked.has(option.value)}
                  />
                  {option.label}
                </label>
              </li>
            ))}
          </ul>
          <FieldNotes name={name} errors={errors} help={help} />
        </fieldset>
      );
    }
    case "partialDate":
      return (
        <fieldset className="min-w-0">
          <legend>
            <LabelText label={label} required={field.required} />
          </legend>
          <div className="flex flex-wrap gap-2">
            <input
              {...aria}
              aria-label={label}
              name={name}
              defaultValue={one(values, name)}
              placeholder={f.datePlaceholder}
              className={`${controlClass} min-w-40 flex-1`}
            />
            <select
              aria-label={`${label}${f.precision}`}
              name={`${name}.precision`}
              defaultValue={one(values, `${name}.precision`) || "DAY"}
              className={controlClass}
            >
              <SelectOptions options={PRECISION_OPTIONS} value={one(values, `${name}.precision`) || "DAY"} />
            </select>
          </div>
          {field.qualifier ? <QualifierControl qualifier={field.qualifier} values={values} /> : null}
          <FieldNotes name={name} errors={errors} help={help} />
        </fieldset>
      );
    case "money":
      return <MoneyControl field={field} values={values} errors={errors} aria={aria} />;
    case "investors":
    case "citations":
    case "alternatives":
      return <RowsControl field={field} values={values} errors={errors} options={options} />;
  }
}
