import { defineKind } from "@/lib/admin/define-kind";
import { partialDateField } from "@/lib/admin/fields/partial-date-field";
import { slugField, textField, urlField } from "@/lib/admin/fields/scalar-fields";
import { t } from "@/lib/i18n";

const l = t.admin.fields;

export const sources = defineKind({
  key: "sources",
  label: t.admin.kinds.sources,
  model: "source",
  entryKind: null,
  titleField: "title",
  fields: [
    textField("title", l.title, { required: true, max: 300 }),
    slugField(),
    urlField("url", l.url, { required: true }),
    textField("publisher", l.publisher, { required: true, max: 100 }),
    textField("language", l.language, {
      required: true,
      max: 2,
      check: { test: (v) => /^[a-z]{2}$/.test(v), message: t.admin.errors.language },
      help: l.languageHelp,
    }),
    partialDateField("publishedOn", l.publishedOn, { precisionColumn: "publishedPrecision" }),
  ],
  searchColumns: ["title", "slug", "publisher", "url"],
  listColumns: ["publisher", "publishedOn"],
  uniqueColumns: ["slug", "url"],
  shownWith: [],
});
