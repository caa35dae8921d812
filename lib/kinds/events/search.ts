import "server-only";
import { toPartialDate } from "@/lib/content/convert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { events } from "@/lib/kinds/events/kind";

const select = {
  slug: true,
  title: true,
  summary: true,
  date: true,
  datePrecision: true,
} satisfies Prisma.EventSelect;
type Row = Prisma.EventGetPayload<{ select: typeof select }>;

export const search = defineKindSearch({
  kind: events,
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: row.title,
    date: toPartialDate(row.date, row.datePrecision),
    texts: [{ markdown: row.summary }],
  }),
});
