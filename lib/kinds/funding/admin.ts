import { defineKind } from "@/lib/kinds/fields/define-kind";
import { amountField, amountUsdField, moneyField } from "@/lib/kinds/fields/money-field";
import { partialDateField } from "@/lib/kinds/fields/partial-date-field";
import { investorsField } from "@/lib/kinds/fields/row-fields";
import {
  markdownField,
  MAY_BE_UNSTATED,
  selectField,
  slugField,
  textField,
} from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { funding as fundingKind } from "@/lib/kinds/funding/kind";

const l = t.fields;

// The facts sources may disagree on: each also takes other values (其他说法).
// Each figure also says how it stands in its source (约, 据报道, 推算), beside it.
const date = partialDateField("date", l.date, {
  required: true,
  precisionColumn: "datePrecision",
  qualifierColumn: "dateQualifier",
});
const amount = amountField();
const amountUsd = amountUsdField();
const valuation = moneyField("valuation", l.valuation, {
  minorColumn: "valuationMinor",
  currencyColumn: "valuationCurrency",
  qualifierColumn: "valuationQualifier",
});

export const admin = defineKind({
  kind: fundingKind,
  fields: [
    textField("name", l.name, { required: true }),
    slugField(),
    selectField("stage", l.stage, t.enums.roundStage, MAY_BE_UNSTATED),
    selectField("instrument", l.instrument, t.enums.instrument, MAY_BE_UNSTATED),
    date,
    amount,
    amountUsd,
    valuation,
    markdownField("summary", l.summary),
    investorsField(),
  ],
  claims: [amount, amountUsd, valuation, date],
  searchColumns: ["name", "slug"],
  listColumns: ["stage", "date", "amount"],
  filterField: "stage",
});
