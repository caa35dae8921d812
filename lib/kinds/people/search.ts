import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { people } from "@/lib/kinds/people/kind";

const select = { slug: true, name: true, role: true, background: true } satisfies Prisma.PersonSelect;
type Row = Prisma.PersonGetPayload<{ select: typeof select }>;

export const search = defineKindSearch({
  kind: people,
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: row.name,
    date: null,
    texts: [row.role, { markdown: row.background }],
  }),
});
