// One schema (prisma/schema.prisma, written for SQLite) serves both databases: the PostgreSQL
// variant is derived from it, never edited by hand. Kept free of runtime imports so that
// tools/db/commands/generate.ts can use it before any client is generated.
import type { TDialect } from "@/lib/platform/db/dialect";

/** The one source of truth for the models. */
export const SCHEMA_PATH = "prisma/schema.prisma";

/** Where the PostgreSQL schema is derived to, and its client generated from. */
export const POSTGRESQL_SCHEMA_PATH = "lib/generated/postgresql/schema.prisma";

/** The derived schema's client, relative to the derived schema file. */
const POSTGRESQL_CLIENT_OUTPUT = "../prisma-pg";

function replaceOnce(source: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(source)) throw new Error(`${SCHEMA_PATH}: cannot derive the ${what}`);
  return source.replace(pattern, replacement);
}

/** The schema's text for a dialect: the datasource provider and the client's output differ. */
export function schemaForDialect(schema: string, dialect: TDialect): string {
  if (dialect === "sqlite") return schema;
  const header = `// Derived from ${SCHEMA_PATH} by tools/db/commands/generate.ts for PostgreSQL: do not edit.\n`;
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
