// The whole site as one JSON document: every entry, source, citation, revision, user (with
// their password hash) and audit record. Values that JSON cannot carry exactly are tagged
// (`{"$date": ISO}`, `{"$bigint": "123"}`), so a document exported from SQLite and imported into
// PostgreSQL (or back) exports again byte for byte the same.
import type { PrismaClient } from "@/lib/platform/db/client";
import { TRANSFER_TABLES } from "@/tools/db/transfer/tables";

export const EXPORT_FORMAT = "mistral-tracker-export";
export const EXPORT_VERSION = 1;

type Row = Record<string, unknown>;

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  tables: Record<string, Row[]>;
}

function encode(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (typeof value === "bigint") return { $bigint: value.toString() };
  return value;
}

function decode(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const tagged = value as { $date?: string; $bigint?: string };
    if (typeof tagged.$date === "string") return new Date(tagged.$date);
    if (typeof tagged.$bigint === "string") return BigInt(tagged.$bigint);
  }
  return value;
}

const mapValues = (row: Row, fn: (value: unknown) => unknown): Row =>
  Object.fromEntries(Object.entries(row).map(([column, value]) => [column, fn(value)]));

/** Plain string order (not the database's collation), so every database sorts alike. */
function compareKeys(key: readonly string[]) {
  return (a: Row, b: Row) => {
    for (const column of key) {
      const [x, y] = [String(a[column]), String(b[column])];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
}

/** Reads every table into one document, rows sorted by primary key. */
export async function exportDatabase(prisma: PrismaClient): Promise<ExportDocument> {
  const tables: Record<string, Row[]> = {};
  for (const table of TRANSFER_TABLES) {
    const rows = await table.delegate(prisma).findMany({});
    tables[table.name] = rows.sort(compareKeys(table.key)).map((row) => mapValues(row, encode));
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, tables };
}

/** The document as written to a file: stable key order, one row per line for readable diffs. */
export function serializeExport(document: ExportDocument): string {
  const tables = Object.entries(document.tables)
    .map(
      ([name, rows]) =>
        `    ${JSON.stringify(name)}: [${rows.map((row) => `\n      ${JSON.stringify(row)}`).join(",")}${rows.length ? "\n    " : ""}]`,
    )
    .join(",\n");
  return `{\n  "format": ${JSON.stringify(document.format)},\n  "version": ${document.version},\n  "tables": {\n${tables}\n  }\n}\n`;
}

export function parseExport(text: string): ExportDocument {
  const document = JSON.parse(text) as Partial<ExportDocument>;
  if (document.format !== EXPORT_FORMAT || document.version !== EXPORT_VERSION || !document.tables) {
    throw new Error(`Not a ${EXPORT_FORMAT} document of version ${EXPORT_VERSION}.`);
  }
  const unknown = Object.keys(document.tables).filter(
    (name) => !TRANSFER_TABLES.some((t) => t.name === name),
  );
  if (unknown.length) throw new Error(`Unknown tables in the document: ${unknown.join(", ")}.`);
  return document as ExportDocument;
}

const BATCH = 500;

/**
 * Loads a document into a migrated, empty database (either kind), in one transaction: it
 * refuses a database that holds any row, so nothing is ever merged or overwritten.
 */
export async function importDatabase(prisma: PrismaClient, document: ExportDocument): Promise<number> {
  const counts = await Promise.all(TRANSFER_TABLES.map((table) => table.delegate(prisma).count()));
  const filled = TRANSFER_TABLES.filter((_, i) => counts[i] > 0).map((table) => table.name);
  if (filled.length)
    throw new Error(`The database is not empty (${filled.join(", ")}): import needs an empty one.`);

  let imported = 0;
  await prisma.$transaction(
    async (tx) => {
      for (const table of TRANSFER_TABLES) {
        const delegate = table.delegate(tx as unknown as PrismaClient);
        const rows = (document.tables[table.name] ?? []).map((row) => mapValues(row, decode));
        const self = table.selfReference;
        for (let i = 0; i < rows.length; i += BATCH) {
          const batch = rows.slice(i, i + BATCH);
          await delegate.createMany({ data: self ? batch.map((row) => ({ ...row, [self]: null })) : batch });
        }
        if (self) {
          for (const row of rows.filter((r) => r[self] !== null && r[self] !== undefined)) {
            const where = Object.fromEntries(table.key.map((column) => [column, row[column]]));
            // Setting updatedAt as exported keeps Prisma's @updatedAt from stamping the import's time.
            const stamp = "updatedAt" in row ? { updatedAt: row.updatedAt } : {};
            await delegate.update({ where, data: { [self]: row[self], ...stamp } });
          }
        }
        imported += rows.length;
      }
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
  return imported;
}
