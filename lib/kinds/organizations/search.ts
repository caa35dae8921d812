import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { organizations } from "@/lib/kinds/organizations/kind";

const select = {
  slug: true,
  name: true,
  nameZh: true,
  description: true,
} satisfies Prisma.OrganizationSelect;
type Row = Prisma.OrganizationGetPayload<{ select: typeof select }>;

export const search = defineKindSearch(organizations, {
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: row.nameZh ? `${row.name}（${row.nameZh}）` : row.name,
    date: null,
    texts: [{ markdown: row.description }],
  }),
});
