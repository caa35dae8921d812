import "server-only";
import { toPartialDate } from "@/lib/content/convert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { models } from "@/lib/kinds/models/kind";

const select = {
  slug: true,
  name: true,
  family: true,
  summary: true,
  date: true,
  datePrecision: true,
} satisfies Prisma.AiModelSelect;
type Row = Prisma.AiModelGetPayload<{ select: typeof select }>;

export const search = defineKindSearch({
  kind: models,
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: row.name,
    date: toPartialDate(row.date, row.datePrecision),
    // The family is most often the name's start: the summary says more.
    texts: [{ markdown: row.summary }],
  }),
});
