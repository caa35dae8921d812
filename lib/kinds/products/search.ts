import "server-only";
import { toPartialDate } from "@/lib/content/convert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { products } from "@/lib/kinds/products/kind";

const select = {
  slug: true,
  name: true,
  platforms: true,
  summary: true,
  date: true,
  datePrecision: true,
} satisfies Prisma.ProductSelect;
type Row = Prisma.ProductGetPayload<{ select: typeof select }>;

export const search = defineKindSearch({
  kind: products,
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: row.name,
    date: toPartialDate(row.date, row.datePrecision),
    texts: [{ markdown: row.summary }, row.platforms],
  }),
});
