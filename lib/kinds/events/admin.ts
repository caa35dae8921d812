import { defineKind } from "@/lib/kinds/fields/define-kind";
import { amountField, amountUsdField } from "@/lib/kinds/fields/money-field";
import { partialDateField } from "@/lib/kinds/fields/partial-date-field";
import { markdownField, selectField, slugField, textField } from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { events as eventsKind } from "@/lib/kinds/events/kind";

const l = t.fields;

// The facts sources may disagree on: each also takes other values (其他说法).
const date = partialDateField("date", l.date, { precisionColumn: "datePrecision", help: l.eventDateHelp });
// Each amount also says how it stands in its source (约, 据报道, 推算), beside it.
const amount = amountField();
const amountUsd = amountUsdField();

export const admin = defineKind({
  kind: eventsKind,
  fields: [
    textField("title", l.title, { required: true }),
    slugField(),
    selectField("kind", l.kind, t.enums.eventKind),
    date,
    markdownField("summary", l.summary),
    amount,
    amountUsd,
  ],
  claims: [amount, amountUsd, date],
  searchColumns: ["title", "slug"],
  listColumns: ["kind", "date"],
  filterField: "kind",
});
