// One schema (prisma/schema.prisma, written for SQLite) serves both databases: the PostgreSQL
// variant is derived from it, never edited by hand. Kept free of imports so that
// scripts/db/generate.ts can use it before any client is generated.

export type TDialect = "sqlite" | "postgresql";

export const DIALECTS: readonly TDialect[] = ["sqlite", "postgresql"];

/** The one source of truth for the models. */
export const SCHEMA_PATH = "prisma/schema.prisma";

interface DialectLayout {
  /** Prisma's standard migrations layout, one directory per dialect. */
  migrationsDir: string;
  /** Where the schema this dialect is generated and migrated from lives (or is derived to). */
  schemaPath: string;
}

export const DIALECT_LAYOUT: Record<TDialect, DialectLayout> = {
  sqlite: { migrationsDir: "prisma/migrations", schemaPath: SCHEMA_PATH },
  postgresql: {
    migrationsDir: "prisma/migrations-postgresql",
    schemaPath: "lib/generated/postgresql/schema.prisma",
  },
};

/** The derived schema's client, relative to the derived schema file. */
const POSTGRESQL_CLIENT_OUTPUT = "../prisma-pg";

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

function replaceOnce(source: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(source)) throw new Error(`${SCHEMA_PATH}: cannot derive the ${what}`);
  return source.replace(pattern, replacement);
}

/** The schema's text for a dialect: the datasource provider and the client's output differ. */
export function schemaForDialect(schema: string, dialect: TDialect): string {
  if (dialect === "sqlite") return schema;
  const header = `// Derived from ${SCHEMA_PATH} by scripts/db/generate.ts for PostgreSQL: do not edit.\n`;
  const withProvider = replaceOnce(
    schema,
    /(datasource \w+ \{[^}]*?provider\s*=\s*)"sqlite"/,
    '$1"postgresql"',
    "PostgreSQL datasource",
  );
  const withOutput = replaceOnce(
    withProvider,
    /(generator client \{[^}]*?output\s*=\s*)"[^"]*"/,
    `$1"${POSTGRESQL_CLIENT_OUTPUT}"`,
    "PostgreSQL client's output",
  );
  return header + withOutput;
}
