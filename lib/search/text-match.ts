// How a search term matches stored text: the one place that knows the database's matching
// rules. Prisma turns `contains` into `LIKE '%term%'`, case-insensitive for ASCII letters on
// SQLite. Prisma escapes nothing and SQLite's LIKE has no escape character, so a `%` or `_` in
// a term would match any text: such terms are matched loosely here and re-checked in memory
// (`textContains`), which gives them their literal meaning. PostgreSQL's LIKE is case-sensitive
// and escapes with a backslash: there the term gets `mode: "insensitive"` (ILIKE) and escaped
// wildcards, and needs no re-checking.
import { parseDialect } from "@/lib/platform/db/dialect";
import { getEnv } from "@/lib/env";

const onPostgresql = () => parseDialect(getEnv().DATABASE_URL) === "postgresql";

/** A `contains` filter. Typed as the SQLite client's, which has no `mode`; PostgreSQL's takes it. */
function containsFilter(term: string): { contains: string } {
  if (!onPostgresql()) return { contains: term };
  const filter = { contains: term.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
  return filter;
}

/** `where` for "one of these text columns contains the term". */
export function containsTerm<Column extends string>(
  columns: readonly Column[],
  term: string,
): { OR: Partial<Record<Column, { contains: string }>>[] } {
  return {
    OR: columns.map(
      (column) => ({ [column]: containsFilter(term) }) as Partial<Record<Column, { contains: string }>>,
    ),
  };
}

/** Whether `containsTerm` matches exactly this term in the database, or more than it. */
export function matchedExactlyInDatabase(term: string): boolean {
  return onPostgresql() || !/[%_]/.test(term);
}

/** Folds ASCII letters only, as SQLite's LIKE does. */
const foldAscii = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** The database's `contains`, in memory: a literal substring, ASCII letters in any case. */
export function textContains(text: string | null, term: string): boolean {
  return text !== null && foldAscii(text).includes(foldAscii(term));
}
