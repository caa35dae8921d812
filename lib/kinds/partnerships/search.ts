import "server-only";
import { toPartialDate } from "@/lib/content/convert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { partnerships } from "@/lib/kinds/partnerships/kind";

const select = {
  slug: true,
  title: true,
  summary: true,
  date: true,
  datePrecision: true,
} satisfies Prisma.PartnershipSelect;
type Row = Prisma.PartnershipGetPayload<{ select: typeof select }>;

export const search = defineKindSearch({
  kind: partnerships,
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: row.title,
    date: toPartialDate(row.date, row.datePrecision),
    texts: [{ markdown: row.summary }],
  }),
});
