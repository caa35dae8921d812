import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { explainers } from "@/lib/kinds/explainers/kind";

const select = { slug: true, heading: true, body: true } satisfies Prisma.ExplainerSectionSelect;
type Row = Prisma.ExplainerSectionGetPayload<{ select: typeof select }>;

export const search = defineKindSearch({
  kind: explainers,
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: row.heading,
    date: null,
    texts: [{ markdown: row.body }],
  }),
});
