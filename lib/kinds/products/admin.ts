import { defineKind } from "@/lib/kinds/fields/define-kind";
import { moneyField } from "@/lib/kinds/fields/money-field";
import { partialDateField } from "@/lib/kinds/fields/partial-date-field";
import {
  integerField,
  markdownField,
  selectField,
  slugField,
  textField,
} from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { products as productsKind } from "@/lib/kinds/products/kind";

const l = t.fields;

export const admin = defineKind({
  kind: productsKind,
  fields: [
    textField("name", l.name, { required: true }),
    slugField(),
    selectField("category", l.category, t.enums.productCategory),
    textField("platforms", l.platforms),
    partialDateField("date", l.launched, { precisionColumn: "datePrecision" }),
    markdownField("summary", l.summary),
    moneyField("price", l.price, { minorColumn: "priceMinor", currencyColumn: "priceCurrency" }),
    selectField("pricePeriod", l.pricePeriod, t.admin.pricePeriods, { required: false }),
    integerField("position", l.position),
  ],
  searchColumns: ["name", "slug", "platforms"],
  listColumns: ["category", "date"],
  filterField: "category",
});
