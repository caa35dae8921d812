import "server-only";
import { toPartialDate } from "@/lib/content/convert";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import type { PartialDate } from "@/lib/content/types";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";
import { makeSnippet, type SnippetSource } from "@/lib/search/snippet";
import { sourceLinkText } from "@/lib/kinds/sources/source-ref";
import { containsTerm, matchedExactlyInDatabase, textContains } from "@/lib/search/text-match";
import type { ContentKind } from "@/lib/kinds";
import { events } from "@/lib/kinds/events/kind";
import { explainers } from "@/lib/kinds/explainers/kind";
import { funding } from "@/lib/kinds/funding/kind";
import { models } from "@/lib/kinds/models/kind";
import { organizations } from "@/lib/kinds/organizations/kind";
import { partnerships } from "@/lib/kinds/partnerships/kind";
import { people } from "@/lib/kinds/people/kind";
import { products } from "@/lib/kinds/products/kind";
import { sources } from "@/lib/kinds/sources/kind";

/** Results shown per kind, keeping the page light; the group still says how many match. */
export const SHOWN_PER_KIND = 10;

export interface SearchHit {
  slug: string;
  href: string;
  title: string;
  /** The title's language when it is not Chinese (sources keep their original titles). */
  lang: string | null;
  date: PartialDate | null;
  /** Plain text around the first match in the entry's longer text. */
  snippet: string | null;
}

export interface SearchGroup {
  kind: ContentKind;
  /** How many entries match. */
  total: number;
  hits: SearchHit[];
}

type SearchWhere<Column extends string> = {
  AND: (ReturnType<typeof publishedWhere> | ReturnType<typeof containsTerm<Column>>)[];
};

/** What a kind's search needs of its table: rows whose searched columns are selected. */
interface KindSpec<Column extends string, Row extends Record<Column, string | null>> {
  /** The kind, with the columns its search looks in (lib/kinds). */
  kind: { code: ContentKind; search: readonly Column[] };
  /** Matching rows in the kind's reading order; all of them when `take` is undefined. */
  find(where: SearchWhere<Column>, take: number | undefined): Promise<Row[]>;
  /** How many rows match. */
  count(where: SearchWhere<Column>): Promise<number>;
  /** The row as a result: its title and date, and its longer texts to take a snippet from. */
  describe(row: Row): {
    slug: string;
    title: string;
    lang?: string;
    date: PartialDate | null;
    texts: SnippetSource[];
  };
}

export interface KindSearch {
  kind: ContentKind;
  search(terms: readonly string[], now: Date): Promise<SearchGroup>;
}

/**
 * One kind's search: published entries whose searched columns hold every term, any column per
 * term. A term equal to the kind's own name ("融资", "模型") is met by each of its entries.
 */
function defineKindSearch<Column extends string, Row extends Record<Column, string | null>>(
  spec: KindSpec<Column, Row>,
): KindSearch {
  const { code: kind, search: columns } = spec.kind;
  const kindName: string = t.enums.kind[kind];
  return {
    kind,
    async search(terms, now) {
      const textTerms = terms.filter((term) => term !== kindName);
      const where = {
        AND: [publishedWhere(now), ...textTerms.map((term) => containsTerm(columns, term))],
      };
      const looseTerms = textTerms.filter((term) => !matchedExactlyInDatabase(term));
      let rows: Row[];
      let total: number;
      if (looseTerms.length) {
        // The database took their `%` and `_` as wildcards: keep the rows that hold them as typed.
        rows = (await spec.find(where, undefined)).filter((row) =>
          looseTerms.every((term) => columns.some((column) => textContains(row[column], term))),
        );
        total = rows.length;
      } else {
        // Only the rows shown are read in full: a count costs one scan, while reading every
        // match of a common term would cost far more.
        [rows, total] = await Promise.all([spec.find(where, SHOWN_PER_KIND), spec.count(where)]);
      }
      const hits = rows.slice(0, SHOWN_PER_KIND).map((row): SearchHit => {
        const { slug, title, lang, date, texts } = spec.describe(row);
        const href = entryPath(kind, slug);
        return { slug, href, title, lang: lang ?? null, date, snippet: makeSnippet(texts, terms) };
      });
      return { kind, total, hits };
    },
  };
}

/** The kinds in the order their groups are listed. */
export const KIND_SEARCHES: readonly KindSearch[] = [
  defineKindSearch({
    kind: models,
    count: (where) => prisma.aiModel.count({ where }),
    find: (where, take) =>
      prisma.aiModel.findMany({
        where,
        take,
        orderBy: [...models.order],
        select: { slug: true, name: true, family: true, summary: true, date: true, datePrecision: true },
      }),
    describe: (row) => ({
      slug: row.slug,
      title: row.name,
      date: toPartialDate(row.date, row.datePrecision),
      // The family is most often the name's start: the summary says more.
      texts: [{ markdown: row.summary }],
    }),
  }),
  defineKindSearch({
    kind: products,
    count: (where) => prisma.product.count({ where }),
    find: (where, take) =>
      prisma.product.findMany({
        where,
        take,
        orderBy: [...products.order],
        select: { slug: true, name: true, platforms: true, summary: true, date: true, datePrecision: true },
      }),
    describe: (row) => ({
      slug: row.slug,
      title: row.name,
      date: toPartialDate(row.date, row.datePrecision),
      texts: [{ markdown: row.summary }, row.platforms],
    }),
  }),
  defineKindSearch({
    kind: funding,
    count: (where) => prisma.fundingRound.count({ where }),
    find: (where, take) =>
      prisma.fundingRound.findMany({
        where,
        take,
        orderBy: [...funding.order],
        select: { slug: true, name: true, summary: true, date: true, datePrecision: true },
      }),
    describe: (row) => ({
      slug: row.slug,
      title: row.name,
      date: toPartialDate(row.date, row.datePrecision),
      texts: [{ markdown: row.summary }],
    }),
  }),
  defineKindSearch({
    kind: partnerships,
    count: (where) => prisma.partnership.count({ where }),
    find: (where, take) =>
      prisma.partnership.findMany({
        where,
        take,
        orderBy: [...partnerships.order],
        select: { slug: true, title: true, summary: true, date: true, datePrecision: true },
      }),
    describe: (row) => ({
      slug: row.slug,
      title: row.title,
      date: toPartialDate(row.date, row.datePrecision),
      texts: [{ markdown: row.summary }],
    }),
  }),
  defineKindSearch({
    kind: people,
    count: (where) => prisma.person.count({ where }),
    find: (where, take) =>
      prisma.person.findMany({
        where,
        take,
        orderBy: [...people.order],
        select: { slug: true, name: true, role: true, background: true },
      }),
    describe: (row) => ({
      slug: row.slug,
      title: row.name,
      date: null,
      texts: [row.role, { markdown: row.background }],
    }),
  }),
  defineKindSearch({
    kind: organizations,
    count: (where) => prisma.organization.count({ where }),
    find: (where, take) =>
      prisma.organization.findMany({
        where,
        take,
        orderBy: [...organizations.order],
        select: { slug: true, name: true, nameZh: true, description: true },
      }),
    describe: (row) => ({
      slug: row.slug,
      title: row.nameZh ? `${row.name}（${row.nameZh}）` : row.name,
      date: null,
      texts: [{ markdown: row.description }],
    }),
  }),
  defineKindSearch({
    kind: events,
    count: (where) => prisma.event.count({ where }),
    find: (where, take) =>
      prisma.event.findMany({
        where,
        take,
        orderBy: [...events.order],
        select: { slug: true, title: true, summary: true, date: true, datePrecision: true },
      }),
    describe: (row) => ({
      slug: row.slug,
      title: row.title,
      date: toPartialDate(row.date, row.datePrecision),
      texts: [{ markdown: row.summary }],
    }),
  }),
  defineKindSearch({
    kind: explainers,
    count: (where) => prisma.explainerSection.count({ where }),
    find: (where, take) =>
      prisma.explainerSection.findMany({
        where,
        take,
        orderBy: [...explainers.order],
        select: { slug: true, heading: true, body: true },
      }),
    describe: (row) => ({
      slug: row.slug,
      title: row.heading,
      date: null,
      texts: [{ markdown: row.body }],
    }),
  }),
  defineKindSearch({
    kind: sources,
    count: (where) => prisma.source.count({ where }),
    find: (where, take) =>
      prisma.source.findMany({
        where,
        take,
        orderBy: [...sources.order],
        select: {
          slug: true,
          title: true,
          publisher: true,
          url: true,
          language: true,
          publishedOn: true,
          publishedPrecision: true,
        },
      }),
    // An untitled source is named by its publisher; the snippet then shows its address.
    describe: (row) => ({
      slug: row.slug,
      title: sourceLinkText(row),
      lang: row.title !== null ? row.language : undefined,
      date: toPartialDate(row.publishedOn, row.publishedPrecision),
      texts: [row.title !== null ? row.publisher : row.url],
    }),
  }),
];
