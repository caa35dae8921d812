import "server-only";
import { toPartialDate } from "@/lib/content/convert";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { sources } from "@/lib/kinds/sources/kind";

const select = {
  slug: true,
  title: true,
  publisher: true,
  url: true,
  language: true,
  publishedOn: true,
  publishedPrecision: true,
} satisfies Prisma.SourceSelect;
type Row = Prisma.SourceGetPayload<{ select: typeof select }>;

// An untitled source is named by its publisher; the snippet then shows its address.
export const search = defineKindSearch(sources, {
  select,
  describe: (row: Row) => ({
    slug: row.slug,
    title: sourceLinkText(row),
    lang: row.title !== null ? row.language : undefined,
    date: toPartialDate(row.publishedOn, row.publishedPrecision),
    texts: [row.title !== null ? row.publisher : row.url],
  }),
});
