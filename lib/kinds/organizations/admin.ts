import { defineKind } from "@/lib/kinds/fields/define-kind";
import { partialDateField } from "@/lib/kinds/fields/partial-date-field";
import { markdownField, selectField, slugField, textField, urlField } from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { organizations as organizationsKind } from "@/lib/kinds/organizations/kind";

const l = t.fields;

export const admin = defineKind({
  kind: organizationsKind,
  fields: [
    textField("name", l.name, { required: true }),
    textField("nameZh", l.nameZh, { nullable: true }),
    slugField(),
    selectField("type", l.type, t.enums.organizationType),
    textField("country", l.country, { max: 100, nullable: true }),
    textField("headquarters", l.headquarters, { nullable: true }),
    urlField("website", l.website, { nullable: true }),
    partialDateField("founded", l.founded, { dateColumn: "foundedOn", precisionColumn: "foundedPrecision" }),
    markdownField("description", l.description),
  ],
  searchColumns: ["name", "nameZh", "slug"],
  listColumns: ["type", "country"],
  filterField: "type",
});
