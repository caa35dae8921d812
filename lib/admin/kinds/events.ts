import { defineKind } from "@/lib/admin/define-kind";
import { moneyField } from "@/lib/admin/fields/money-field";
import { partialDateField } from "@/lib/admin/fields/partial-date-field";
import { citationsField } from "@/lib/admin/fields/row-fields";
import { markdownField, selectField, slugField, textField } from "@/lib/admin/fields/scalar-fields";
import { t } from "@/lib/i18n";

const l = t.admin.fields;

export const events = defineKind({
  key: "events",
  label: t.admin.kinds.events,
  model: "event",
  entryKind: "EVENT",
  titleField: "title",
  fields: [
    textField("title", l.title, { required: true }),
    slugField(),
    selectField("kind", l.kind, t.enums.eventKind),
    partialDateField("date", l.date, { precisionColumn: "datePrecision", help: l.eventDateHelp }),
    markdownField("summary", l.summary),
    moneyField("amount", l.amount, { minorColumn: "amountMinor", currencyColumn: "currency" }),
    moneyField("amountUsd", l.amountUsd, { minorColumn: "amountUsdMinor", fixedCurrency: "USD" }),
    citationsField("EVENT"),
  ],
  searchColumns: ["title", "slug"],
  listColumns: ["kind", "date"],
  filterField: "kind",
  uniqueColumns: ["slug"],
  shownWith: [],
});
