import "server-only";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import { toPartialDate } from "@/lib/content/convert";
import type { PartialDate } from "@/lib/content/types";
import type { DatePrecision } from "@/lib/format/date";
import { entryTable } from "@/lib/content/entry-table";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";
import { makeSnippet, type SnippetSource } from "@/lib/search/snippet";
import { containsTerm, matchedExactlyInDatabase, textContains } from "@/lib/search/text-match";
import type { AnyKind, ContentKind } from "@/lib/kinds";

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

type Result = {
  slug: string;
  title: string;
  lang?: string;
  date: PartialDate | null;
  texts: SnippetSource[];
};

/**
 * How a kind's entries are shown as results, where its declaration does not say enough: the
 * columns to read (checked against its table with `satisfies Prisma.<Model>Select`) and the row,
 * typed as Prisma reads that selection.
 */
interface KindSpec<Kind extends AnyKind, Row> {
  /** The columns read: every searched one among them. */
  select: { [Column in Kind["search"][number]]: true } & Record<string, true>;
  /** The row as a result: its title and date, and its longer texts to take a snippet from. */
  describe(row: Row): Result;
}

type Row = Record<string, unknown>;

/**
 * What a result shows by default: the entry's title column, its date if the kind is dated, and a
 * snippet from the other searched columns (Markdown or plain text), in their declared order.
 */
function declaredSpec(kind: AnyKind): KindSpec<AnyKind, Row> {
  const dated = kind.dated ? ["date", "datePrecision"] : [];
  const columns = ["slug", kind.title, ...kind.search, ...dated];
  return {
    select: Object.fromEntries(columns.map((column) => [column, true])) as KindSpec<AnyKind, Row>["select"],
    describe: (row) => ({
      slug: String(row.slug),
      title: String(row[kind.title]),
      date: kind.dated
        ? toPartialDate(row.date as Date | null, row.datePrecision as DatePrecision | null)
        : null,
      texts: kind.search
        .filter((column) => column !== kind.title)
        .map((column) => ({ markdown: String(row[column] ?? "") })),
    }),
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
export function defineKindSearch<Kind extends AnyKind, Row>(
  declared: Kind,
  spec: KindSpec<Kind, Row> = declaredSpec(declared) as KindSpec<Kind, Row>,
): KindSearch {
  const { code: kind, search: columns, model, order } = declared;
  const kindName: string = t.enums.kind[kind];
  const table = () => entryTable(prisma, model);
  // A kind's own selection is checked against its table where it is written, and so is its row's
  // type; the declared one names columns lib/kinds/kinds.test.ts checks.
  const find = async (where: Record<string, unknown>, take: number | undefined) =>
    (await table().findMany({ where, take, orderBy: [...order], select: spec.select })) as unknown as Row[];
  const text = (row: Row, column: string) => (row as Record<string, string | null>)[column];
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
        rows = (await find(where, undefined)).filter((row) =>
          looseTerms.every((term) => columns.some((column) => textContains(text(row, column), term))),
        );
        total = rows.length;
      } else {
        // Only the rows shown are read in full: a count costs one scan, while reading every
        // match of a common term would cost far more.
        [rows, total] = await Promise.all([find(where, SHOWN_PER_KIND), table().count({ where })]);
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
