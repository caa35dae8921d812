"use client";

import { useRef, useState } from "react";
import { FieldNotes, LabelText } from "@/components/admin/field-shell";
import { FilterableSelect } from "@/components/admin/filterable-select";
import { SelectOptions } from "@/components/admin/select-options";
import { controlClass, secondaryButtonClass } from "@/components/admin/ui";
import type { FormValues } from "@/lib/actions/action-result";
import {
  fieldInputId,
  rowInputName,
  type FieldUi,
  type Option,
  type OptionsByKind,
} from "@/lib/kinds/fields/field-ui";
import { moneyEcho } from "@/lib/kinds/fields/money-echo";
import { pickRows } from "@/lib/kinds/fields/rows";
import { t } from "@/lib/i18n";

const f = t.admin.form;

type RowsUi = Extract<FieldUi, { type: "investors" | "citations" | "alternatives" }>;
type Row = { key: number; cells: Record<string, string> };

const CELLS = {
  investors: ["ref", "lead"],
  citations: ["source", "claim", "status"],
  alternatives: ["field", "value", "amount", "currency", "source", "status", "note"],
} as const;

const STATUS_OPTIONS: Option[] = Object.entries(t.enums.claimStatus).map(([value, label]) => ({
  value,
  label,
}));

/** Whether a row holds anything an editor typed or chose; a status alone is not (it is asked for). */
const hasContent = (row: Record<string, unknown>) =>
  Object.entries(row).some(([cell, value]) => cell !== "status" && Boolean(value));

/**
 * Repeated rows (a round's investors, an entry's sources, other values of its facts). The inputs
 * are uncontrolled and keyed, so moving a row moves what was typed in it; names carry the row's
 * position. One blank row is always there, so the form also works without JavaScript.
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
    [...pickRows(values, field.name, cells).filter(hasContent), {}].map((row, key) => ({
      key,
      cells: Object.fromEntries(cells.map((c) => [c, String((row as Record<string, unknown>)[c] ?? "")])),
    })),
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
            ) : field.type === "citations" ? (
              <CitationCells name={field.name} index={index} row={row} options={options} />
            ) : (
              <AlternativeCells field={field} index={index} row={row} options={options} />
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
  // An investor is an organization or a person: the value names which.
  const prefixed = (prefix: string, list: Option[] = []) =>
    list.map((option) => ({ ...option, value: `${prefix}:${option.value}` }));
  return (
    <>
      <FilterableSelect
        label={`${f.row(index + 1)}${f.investor}`}
        name={rowInputName(name, index, "ref")}
        value={row.cells.ref ?? ""}
        groups={[
          { label: f.organizationsGroup, options: prefixed("organization", options.organizations) },
          { label: f.peopleGroup, options: prefixed("person", options.people) },
        ]}
        empty={f.none}
        className="flex-1 basis-48"
      />
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
  return (
    <>
      <SourceSelect name={name} index={index} row={row} options={options} empty={f.none} />
      <input
        aria-label={`${f.row(index + 1)}${f.claim}`}
        name={rowInputName(name, index, "claim")}
        defaultValue={row.cells.claim ?? ""}
        placeholder={f.claim}
        className={`${controlClass} min-w-0 flex-1 basis-48`}
      />
      <StatusSelect name={name} index={index} row={row} />
    </>
  );
}

/**
 * Another value of one of the entry's facts: which fact, the value as its source words it, for
 * money the exact figure, its source (none when no link supports it), status and a note.
 */
function AlternativeCells({
  field,
  index,
  row,
  options,
}: Omit<CellProps, "name"> & { field: Extract<RowsUi, { type: "alternatives" }> }) {
  const { name } = field;
  const cell = (key: string) => row.cells[key] ?? "";
  const label = (text: string) => `${f.row(index + 1)}${text}`;
  // What the exact figure was read as, under the row, as in a money field (MoneyControl); a
  // message only once the figure differs from what was submitted, whose refusal the field states.
  const [target, setTarget] = useState(cell("field"));
  const [amount, setAmount] = useState(cell("amount"));
  const [currency, setCurrency] = useState(cell("currency"));
  const money = field.fields.find((option) => option.value === target && option.money);
  const echo = money ? moneyEcho(amount, money.fixedCurrency ?? currency) : null;
  const shown = echo && (echo.ok || amount !== cell("amount")) ? echo : null;
  const echoId = `${fieldInputId(rowInputName(name, index, "amount"))}-echo`;
  return (
    <>
      <select
        aria-label={label(f.alternativeField)}
        name={rowInputName(name, index, "field")}
        defaultValue={cell("field")}
        onChange={(event) => setTarget(event.target.value)}
        className={controlClass}
      >
        <SelectOptions options={field.fields} value={cell("field")} empty={f.choose} />
      </select>
      <input
        aria-label={label(f.alternativeValue)}
        name={rowInputName(name, index, "value")}
        defaultValue={cell("value")}
        placeholder={f.alternativeValue}
        className={`${controlClass} min-w-0 flex-1 basis-48`}
      />
      <input
        aria-label={label(f.alternativeAmount)}
        name={rowInputName(name, index, "amount")}
        inputMode="decimal"
        defaultValue={cell("amount")}
        onChange={(event) => setAmount(event.target.value)}
        aria-describedby={shown ? echoId : undefined}
        placeholder={f.alternativeAmount}
        className={`${controlClass} min-w-0 basis-40`}
      />
      <select
        aria-label={label(f.currency)}
        name={rowInputName(name, index, "currency")}
        defaultValue={cell("currency")}
        onChange={(event) => setCurrency(event.target.value)}
        className={controlClass}
      >
        <SelectOptions
          options={field.currencies.map((code) => ({ value: code, label: code }))}
          value={cell("currency")}
          empty={f.currency}
        />
      </select>
      <SourceSelect name={name} index={index} row={row} options={options} empty={f.noSource} />
      <StatusSelect name={name} index={index} row={row} />
      <input
        aria-label={label(f.alternativeNote)}
        name={rowInputName(name, index, "note")}
        defaultValue={cell("note")}
        placeholder={f.alternativeNote}
        className={`${controlClass} min-w-0 flex-1 basis-48`}
      />
      <span
        id={echoId}
        aria-live="polite"
        className={`order-last basis-full text-sm empty:hidden ${shown && !shown.ok ? "text-amber-800" : "text-muted"}`}
      >
        {shown ? (shown.ok ? shown.text : shown.message) : null}
      </span>
    </>
  );
}

function SourceSelect({ name, index, row, options, empty }: CellProps & { empty: string }) {
  return (
    <FilterableSelect
      label={`${f.row(index + 1)}${f.source}`}
      name={rowInputName(name, index, "source")}
      value={row.cells.source ?? ""}
      groups={[{ options: options.sources ?? [] }]}
      empty={empty}
      className="flex-1 basis-48"
    />
  );
}

/** A claim's status: chosen for each new row, never assumed. */
function StatusSelect({ name, index, row }: Omit<CellProps, "options">) {
  const status = row.cells.status ?? "";
  return (
    <select
      aria-label={`${f.row(index + 1)}${f.claimStatus}`}
      name={rowInputName(name, index, "status")}
      defaultValue={status}
      className={controlClass}
    >
      <SelectOptions options={STATUS_OPTIONS} value={status} empty={f.choose} />
    </select>
  );
}

interface CellProps {
  name: string;
  index: number;
  row: Row;
  options: OptionsByKind;
}
