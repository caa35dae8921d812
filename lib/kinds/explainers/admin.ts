import { defineKind } from "@/lib/kinds/fields/define-kind";
import { integerField, markdownField, slugField, textField } from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { explainers as explainersKind } from "@/lib/kinds/explainers/kind";

const l = t.fields;

export const admin = defineKind({
  kind: explainersKind,
  fields: [
    textField("heading", l.heading, { required: true }),
    slugField(),
    markdownField("body", l.body, { required: true }),
    integerField("position", l.position),
  ],
  searchColumns: ["heading", "slug", "body"],
  listColumns: ["position"],
});
