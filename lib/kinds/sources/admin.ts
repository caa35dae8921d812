import { defineKind } from "@/lib/kinds/fields/define-kind";
import { dayField } from "@/lib/kinds/fields/day-field";
import { partialDateField } from "@/lib/kinds/fields/partial-date-field";
import { slugField, textField, urlField } from "@/lib/kinds/fields/scalar-fields";
import { t } from "@/lib/i18n";
import { sources as sourcesKind } from "@/lib/kinds/sources/kind";

const l = t.fields;

export const admin = defineKind({
  kind: sourcesKind,
  // A source whose own title is not known is named by where its link points.
  titleFallback: ["publisher", "url"],
  fields: [
    textField("title", l.title, { max: 300, nullable: true, help: l.sourceTitleHelp }),
    slugField(),
    urlField("url", l.url, { required: true }),
    textField("publisher", l.publisher, { required: true, max: 100, help: l.publisherHelp }),
    textField("language", l.language, {
      required: true,
      max: 2,
      check: { test: (v) => /^[a-z]{2}$/.test(v), message: t.admin.errors.language },
      help: l.languageHelp,
    }),
    partialDateField("publishedOn", l.publishedOn, { precisionColumn: "publishedPrecision" }),
    urlField("archiveUrl", l.archiveUrl, { nullable: true, help: l.archiveUrlHelp }),
    dayField("checkedOn", l.checkedOn, { help: l.checkedOnHelp }),
  ],
  searchColumns: ["title", "slug", "publisher", "url"],
  listColumns: ["publisher", "publishedOn"],
  uniqueColumns: ["slug", "url"],
});
