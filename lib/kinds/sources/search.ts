import "server-only";
import { toPartialDate } from "@/lib/content/convert";
import { apiSourceSelect } from "@/lib/api/fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";
import { defineKindSearch } from "@/lib/search/define-kind-search";
import { sources } from "@/lib/kinds/sources/kind";

// What a citation reads of its source: enough to name it, date it and say its language.
const select = apiSourceSelect satisfies Prisma.SourceSelect;
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
