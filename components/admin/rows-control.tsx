"use client";

import { useRef, useState } from "react";
import { FieldNotes, LabelText } from "@/components/admin/field-shell";
import { controlClass, secondaryButtonClass } from "@/components/admin/ui";
import type { FormValues } from "@/lib/actions/action-result";
import { fieldInputId, rowInputName, type FieldUi, type OptionsByKind } from "@/lib/admin/fields/field-ui";
import { pickRows } from "@/lib/admin/fields/rows";
import { t } from "@/lib/i18n";

const f = t.admin.form;

type RowsUi = Extract<FieldUi, { type: "investors" | "citations" }>;
type Row = { key: number; cells: Record<string, string> };

const CELLS = { investors: ["ref", "lead"], citations: ["source", "claim"] } as const;

/**
 * Repeated rows (a round's investors, an entry's sources). The inputs are uncontrolled and keyed,
 * so moving a row moves what was typed in it; names carry the row's position. One blank row is
 * always there, so the form also works without JavaScript.
 */
export function RowsControl({
  field,
  values,
  errors,
  options,
}: {
  field: RowsUi;
  values: FormValues;
  errors?: string[];
  options: OptionsByKind;
}) {
  const cells = CELLS[field.type];
  const [rows, setRows] = useState<Row[]>(() =>
    // The rows with anything in them, then one blank row to fill in.
    [...pickRows(values, field.name, cells).filter((row) => Object.values(row).some(Boolean)), {}].map(
      (row, key) => ({
        key,
        cells: Object.fromEntries(cells.map((c) => [c, String((row as Record<string, unknown>)[c] ?? "")])),
      }),
    ),
  );
  const nextKey = useRef(rows.length);
  const add = () => setRows((current) => [...current, { key: nextKey.current++, cells: {} }]);
  const remove = (key: number) => setRows((current) => current.filter((row) => row.key !== key));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const next = [...current];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });

  // min-w-0: a fieldset is at least as wide as its content by default, which would push the rows
  // past a phone's width.
  return (
    <fieldset
      id={fieldInputId(field.name)}
      tabIndex={-1}
      className="min-w-0"
      aria-describedby={errors?.length ? `${fieldInputId(field.name)}-error` : undefined}
    >
      <legend>
        <LabelText label={field.label} />
      </legend>
      <ol className="space-y-2">
        {rows.map((row, index) => (
          <li key={row.key} className="flex flex-wrap items-center gap-2 rounded bg-stone-50 p-2">
            <span className="w-12 text-xs text-muted">{f.row(index + 1)}</span>
            {field.type === "investors" ? (
              <InvestorCells name={field.name} index={index} row={row} options={options} />
            ) : (
              <CitationCells name={field.name} index={index} row={row} options={options} />
            )}
            <span className="flex gap-1">
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => move(index, -1)}
                disabled={index === 0}
                aria-label={`${f.row(index + 1)}${f.moveUp}`}
              >
                ↑
              </button>
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => move(index, 1)}
                disabled={index === rows.length - 1}
                aria-label={`${f.row(index + 1)}${f.moveDown}`}
              >
                ↓
              </button>
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => remove(row.key)}
                aria-label={`${f.row(index + 1)}${f.removeRow}`}
              >
                {f.removeRow}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={add}>
        {f.addRow}
      </button>
      <FieldNotes name={field.name} errors={errors} help={field.help} />
    </fieldset>
  );
}

function InvestorCells({ name, index, row, options }: CellProps) {
  const ref = row.cells.ref ?? "";
  const groups = [
    { label: f.organizationsGroup, prefix: "organization", options: options.organizations ?? [] },
    { label: f.peopleGroup, prefix: "person", options: options.people ?? [] },
  ];
  const known = groups.some((g) => g.options.some((o) => `${g.prefix}:${o.value}` === ref));
  return (
    <>
      <select
        aria-label={`${f.row(index + 1)}${f.investor}`}
        name={rowInputName(name, index, "ref")}
        defaultValue={ref}
        className={`${controlClass} min-w-0 flex-1 basis-48`}
      >
        <option value="">{f.none}</option>
        {groups.map((group) => (
          <optgroup key={group.prefix} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={`${group.prefix}:${option.value}`}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
        {ref && !known ? <option value={ref}>{f.invalidOption(ref)}</option> : null}
      </select>
      <label className="inline-flex items-center gap-1 text-sm">
        <input
          type="checkbox"
          name={rowInputName(name, index, "lead")}
          defaultChecked={row.cells.lead === "on"}
          aria-label={`${f.row(index + 1)}${f.lead}`}
        />
        {f.lead}
      </label>
    </>
  );
}

function CitationCells({ name, index, row, options }: CellProps) {
  const source = row.cells.source ?? "";
  const sources = options.sources ?? [];
  return (
    <>
      <select
        aria-label={`${f.row(index + 1)}${f.source}`}
        name={rowInputName(name, index, "source")}
        defaultValue={source}
        className={`${controlClass} min-w-0 flex-1 basis-48`}
      >
        <option value="">{f.none}</option>
        {sources.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {source && !sources.some((o) => o.value === source) ? (
          <option value={source}>{f.invalidOption(source)}</option>
        ) : null}
      </select>
      <input
        aria-label={`${f.row(index + 1)}${f.claim}`}
        name={rowInputName(name, index, "claim")}
        defaultValue={row.cells.claim ?? ""}
        placeholder={f.claim}
        className={`${controlClass} min-w-0 flex-1 basis-48`}
      />
    </>
  );
}

interface CellProps {
  name: string;
  index: number;
  row: Row;
  options: OptionsByKind;
}
