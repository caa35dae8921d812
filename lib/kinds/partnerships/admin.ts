import { defineKind } from "@/lib/kinds/fields/define-kind";
import { amountField } from "@/lib/kinds/fields/money-field";
import { partialDateField } from "@/lib/kinds/fields/partial-date-field";
import { referencesField } from "@/lib/kinds/fields/reference-fields";
import {
  markdownField,
  MAY_BE_UNSTATED,
  selectField,
  slugField,
  textField,
} from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { partnerships as partnershipsKind } from "@/lib/kinds/partnerships/kind";

const l = t.fields;

// The facts sources may disagree on: each also takes other values (其他说法).
const date = partialDateField("date", l.date, { precisionColumn: "datePrecision" });
// The amount also says how it stands in its source (约, 据报道, 推算), beside it.
const amount = amountField();

export const admin = defineKind({
  kind: partnershipsKind,
  fields: [
    textField("title", l.title, { required: true }),
    slugField(),
    selectField("category", l.category, t.enums.partnershipCategory, MAY_BE_UNSTATED),
    date,
    markdownField("summary", l.summary),
    amount,
    referencesField("partners", l.partners, {
      target: "organizations",
      join: {
        model: "partnershipPartner",
        ownerColumn: "partnershipId",
        targetColumn: "organizationId",
        ordered: true,
      },
    }),
  ],
  claims: [amount, date],
  searchColumns: ["title", "slug"],
  listColumns: ["category", "date"],
  filterField: "category",
});
