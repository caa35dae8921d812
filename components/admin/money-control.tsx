"use client";

import { useState } from "react";
import { FieldNotes, LabelText, type describedBy } from "@/components/admin/field-shell";
import { many, one } from "@/components/admin/form-values";
import { QualifierControl } from "@/components/admin/qualifier-control";
import { SelectOptions } from "@/components/admin/select-options";
import { controlClass } from "@/components/admin/ui";
import type { FormValues } from "@/lib/actions/action-result";
import { CONFIRM_ASKED, CONFIRM_INPUT } from "@/lib/admin/change-confirmation";
import type { FieldUi } from "@/lib/kinds/fields/field-ui";
import { moneyEcho } from "@/lib/kinds/fields/money-echo";
import { t } from "@/lib/i18n";

const f = t.admin.form;

/**
 * An amount and its currency, with what they were read as beside them ("17 亿欧元 · €1.7
 * billion"), updated as the editor types and rendered with the page, so that it is there after a
 * refused save without JavaScript too. When the save asks to confirm a tenfold change, the box
 * to tick is under the message.
 */
export function MoneyControl({
  field,
  values,
  errors,
  aria,
}: {
  field: Extract<FieldUi, { type: "money" }>;
  values: FormValues;
  errors?: string[];
  aria: ReturnType<typeof describedBy>;
}) {
  const { name, label, help, fixedCurrency } = field;
  const currencyKey = `${name}.currency`;
  const [submitted] = useState(() => ({ amount: one(values, name), currency: one(values, currencyKey) }));
  const [amount, setAmount] = useState(submitted.amount);
  const [currency, setCurrency] = useState(submitted.currency);
  const echo = moneyEcho(amount, fixedCurrency ?? currency);
  // After a refused save the error line already says why: the echo repeats it only once the text
  // changes.
  const untouched = amount === submitted.amount && currency === submitted.currency;
  const shown = echo && (echo.ok || !(errors?.length && untouched)) ? echo : null;
  const echoId = `${aria.id}-echo`;
  const describedByIds = [aria["aria-describedby"], shown ? echoId : ""].filter(Boolean).join(" ");
  const confirmed = many(values, CONFIRM_INPUT).includes(name);
  const asked = confirmed || many(values, CONFIRM_ASKED).includes(name);

  return (
    <fieldset className="min-w-0">
      <legend>
        <LabelText label={label} />
      </legend>
      <div className="flex flex-wrap gap-2">
        <input
          {...aria}
          aria-describedby={describedByIds || undefined}
          aria-label={label}
          name={name}
          inputMode="decimal"
          defaultValue={submitted.amount}
          onChange={(event) => setAmount(event.target.value)}
          placeholder={f.amountPlaceholder}
          className={`${controlClass} min-w-40 flex-1`}
        />
        {fixedCurrency ? (
          <span className="self-center text-sm text-muted">{fixedCurrency}</span>
        ) : (
          <select
            aria-label={`${label}${f.currency}`}
            name={currencyKey}
            defaultValue={submitted.currency}
            onChange={(event) => setCurrency(event.target.value)}
            className={controlClass}
          >
            <SelectOptions
              options={field.currencies.map((code) => ({ value: code, label: code }))}
              value={submitted.currency}
              empty={f.currency}
            />
          </select>
        )}
      </div>
      <p
        id={echoId}
        aria-live="polite"
        className={`mt-1 text-sm ${shown && !shown.ok ? "text-amber-800" : "text-muted"}`}
      >
        {shown ? (shown.ok ? shown.text : shown.message) : null}
      </p>
      {field.qualifier ? <QualifierControl qualifier={field.qualifier} values={values} /> : null}
      <FieldNotes name={name} errors={errors} help={help} />
      {asked ? (
        <label className="mt-1 inline-flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name={CONFIRM_INPUT} value={name} defaultChecked={confirmed} />
          {f.confirmChange(label)}
        </label>
      ) : null}
    </fieldset>
  );
}
