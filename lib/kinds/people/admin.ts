import { defineKind } from "@/lib/kinds/fields/define-kind";
import {
  checkboxField,
  integerField,
  markdownField,
  selectField,
  slugField,
  textField,
} from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { people as peopleKind } from "@/lib/kinds/people/kind";

const l = t.fields;

export const admin = defineKind({
  kind: peopleKind,
  fields: [
    textField("name", l.name, { required: true }),
    slugField(),
    selectField("category", l.category, t.enums.personCategory),
    textField("role", l.role),
    checkboxField("boardMember", l.boardMember),
    markdownField("background", l.background),
    integerField("position", l.position),
  ],
  searchColumns: ["name", "slug", "role"],
  listColumns: ["category", "role"],
  filterField: "category",
});
