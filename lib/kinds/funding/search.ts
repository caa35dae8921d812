import "server-only";
import { toPartialDate } from "@/lib/content/convert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { funding } from "@/lib/kinds/funding/kind";

const select = {
  slug: true,
  name: true,
  summary: true,
  date: true,
  datePrecision: true,
} satisfies Prisma.FundingRoundSelect;
type Row = Prisma.FundingRoundGetPayload<{ select: typeof select }>;

export const search = defineKindSearch({
  kind: funding,
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: row.name,
    date: toPartialDate(row.date, row.datePrecision),
    texts: [{ markdown: row.summary }],
  }),
});
