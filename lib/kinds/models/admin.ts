import { defineKind } from "@/lib/kinds/fields/define-kind";
import { partialDateField } from "@/lib/kinds/fields/partial-date-field";
import { referenceField, referencesField } from "@/lib/kinds/fields/reference-fields";
import {
  markdownField,
  MAY_BE_UNSTATED,
  selectField,
  slugField,
  textField,
  yesNoUnknownField,
} from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { models as modelsKind } from "@/lib/kinds/models/kind";

const l = t.fields;

export const admin = defineKind({
  kind: modelsKind,
  fields: [
    textField("name", l.name, { required: true }),
    slugField(),
    textField("family", l.family, { max: 100, nullable: true, help: l.familyHelp }),
    selectField("category", l.category, t.enums.modelCategory, MAY_BE_UNSTATED),
    selectField("license", l.license, t.enums.modelLicense),
    textField("licenseName", l.licenseName, { max: 100 }),
    yesNoUnknownField("openWeights", l.openWeights, { help: l.openWeightsHelp }),
    partialDateField("date", l.released, { precisionColumn: "datePrecision" }),
    markdownField("summary", l.summary),
    referenceField("replacesId", l.replaces, { target: "models" }),
    referencesField("collaborators", l.collaborators, {
      target: "organizations",
      join: {
        model: "modelCollaborator",
        ownerColumn: "modelId",
        targetColumn: "organizationId",
        ordered: false,
      },
    }),
  ],
  searchColumns: ["name", "slug", "family"],
  listColumns: ["family", "category", "date"],
  filterField: "category",
});
