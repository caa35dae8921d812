// Which database a DATABASE_URL names: SQLite (the embedded default) or PostgreSQL.

export type TDialect = "sqlite" | "postgresql";

export const DIALECTS: readonly TDialect[] = ["sqlite", "postgresql"];

export const DATABASE_URL_HINT =
  "DATABASE_URL must be an SQLite URL such as file:./data/tracker.db " +
  "or a PostgreSQL URL such as postgresql://user:password@host:5432/tracker";

/** The dialect a DATABASE_URL selects, or undefined when it names neither. */
export function parseDialect(databaseUrl: string): TDialect | undefined {
  if (databaseUrl.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return "postgresql";
  return undefined;
}

export function dialectOf(databaseUrl: string): TDialect {
  const dialect = parseDialect(databaseUrl);
  if (!dialect) throw new Error(DATABASE_URL_HINT);
  return dialect;
}
