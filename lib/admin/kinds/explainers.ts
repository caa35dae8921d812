import { defineKind } from "@/lib/admin/define-kind";
import { citationsField } from "@/lib/admin/fields/row-fields";
import { integerField, markdownField, slugField, textField } from "@/lib/admin/fields/scalar-fields";
import { t } from "@/lib/i18n";

const l = t.admin.fields;

export const explainers = defineKind({
  key: "explainers",
  label: t.admin.kinds.explainers,
  model: "explainerSection",
  entryKind: "EXPLAINER",
  titleField: "heading",
  fields: [
    textField("heading", l.heading, { required: true }),
    slugField(),
    markdownField("body", l.body, { required: true }),
    integerField("position", l.position),
    citationsField("EXPLAINER"),
  ],
  searchColumns: ["heading", "slug", "body"],
  listColumns: ["position"],
  uniqueColumns: ["slug"],
  shownWith: [],
});
