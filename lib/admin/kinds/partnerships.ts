import { defineKind } from "@/lib/admin/define-kind";
import { moneyField } from "@/lib/admin/fields/money-field";
import { partialDateField } from "@/lib/admin/fields/partial-date-field";
import { referencesField } from "@/lib/admin/fields/reference-fields";
import { citationsField } from "@/lib/admin/fields/row-fields";
import { markdownField, selectField, slugField, textField } from "@/lib/admin/fields/scalar-fields";
import { t } from "@/lib/i18n";

const l = t.admin.fields;

export const partnerships = defineKind({
  key: "partnerships",
  label: t.admin.kinds.partnerships,
  model: "partnership",
  entryKind: "PARTNERSHIP",
  titleField: "title",
  fields: [
    textField("title", l.title, { required: true }),
    slugField(),
    selectField("category", l.category, t.enums.partnershipCategory),
    partialDateField("date", l.date, { precisionColumn: "datePrecision" }),
    markdownField("summary", l.summary),
    moneyField("amount", l.amount, { minorColumn: "amountMinor", currencyColumn: "currency" }),
    referencesField("partners", l.partners, {
      target: "organizations",
      join: {
        model: "partnershipPartner",
        ownerColumn: "partnershipId",
        targetColumn: "organizationId",
        ordered: true,
      },
    }),
    citationsField("PARTNERSHIP"),
  ],
  searchColumns: ["title", "slug"],
  listColumns: ["category", "date"],
  filterField: "category",
  uniqueColumns: ["slug"],
  // Partner organizations' pages list their deals.
  shownWith: ["ORGANIZATION"],
});
