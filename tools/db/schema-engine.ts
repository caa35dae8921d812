import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createAdapterFactory } from "@/lib/platform/db/client";
import { dialectOf } from "@/lib/platform/db/dialect";
import { createTemporaryPostgresqlDatabase, dropPostgresqlDatabase } from "@/tools/db/postgresql";

/** Temporary shadow databases the engine replays migrations on; see postgresqlConnections. */
export const SHADOW_DATABASE_PREFIX = "tracker_shadow_";

export type { SchemaEngine };

let ready: Promise<void> | undefined;

/**
 * Instantiates the engine's WebAssembly once per process. The package's default entry does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node refuses, so we do by hand what
 * that entry does: instantiate the module against its JS glue, then hand the exports back.
 */
function loadBindings(): Promise<void> {
  ready ??= (async () => {
    // The exports map does not expose the .wasm file; it sits beside the glue module.
    const require = createRequire(import.meta.url);
    const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = readFileSync(join(dirname(glue), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return ready;
}

/** better-sqlite3 refuses several statements in one prepare(); it throws before running any. */
function isMultiStatementError(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes("more than one statement");
}

/**
 * When the engine replays migrations on the (in-memory) shadow database it sends each whole
 * migration.sql through `executeRaw`, which better-sqlite3 can only run one statement at a time.
 * Such parameterless multi-statement calls are rerouted to `executeScript`.
 */
function withScriptFallback(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
      await adapter.executeScript(query.sql);
      return 0; // the engine does not use the affected-row count of a script
    }
  };
  return adapter;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** The part of @prisma/adapter-pg 7.10's adapter that runs every query (not in its types). */
interface PgQueryable {
  /** An array of results when the SQL held several statements. */
  performIO(query: SqlQuery): Promise<PgResult | PgResult[]>;
}
interface PgResult {
  fields: { dataTypeID: number }[];
}

/**
 * @prisma/adapter-pg, as the engine needs it: the engine reads catalog columns of PostgreSQL's
 * internal `"char"` type, which the adapter cannot deserialize (relabelled as text, which its
 * values are), and sends scripts such as migrations with `$$` function bodies that the
 * adapter's executeScript would split on every `;` (sent whole instead: a query without
 * parameters goes through the simple protocol, which runs several statements).
 */
function forPostgresqlEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryable = adapter as unknown as PgQueryable;
  if (typeof queryable.performIO !== "function") {
    throw new Error("@prisma/adapter-pg changed: performIO is gone (see tools/db/schema-engine.ts)");
  }
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const { fields } of [result].flat()) {
      for (const field of fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  };
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

/** Makes `dispose` safe to call twice: both the engine and our cleanup may close a connection. */
function disposeOnce(adapter: SqlDriverAdapter, afterwards?: () => Promise<void>): SqlDriverAdapter {
  const dispose = adapter.dispose.bind(adapter);
  let disposed: Promise<void> | undefined;
  adapter.dispose = () =>
    (disposed ??= (async () => {
      await dispose();
      await afterwards?.();
    })());
  return adapter;
}

/**
 * The engine's connections for a PostgreSQL URL. The adapter's own connectToShadowDb would reuse
 * the main database when given a URL (the engine would replay migrations on real data), so each
 * shadow database here is a new temporary database on the same server, dropped on dispose.
 */
function postgresqlConnections(databaseUrl: string) {
  const connect = async (url: string) =>
    forPostgresqlEngine(await new PrismaPg({ connectionString: url }).connect());
  return {
    connect: async () => disposeOnce(await connect(databaseUrl)),
    connectToShadowDb: async () => {
      const shadowUrl = await createTemporaryPostgresqlDatabase(databaseUrl, SHADOW_DATABASE_PREFIX);
      return disposeOnce(await connect(shadowUrl), () => dropPostgresqlDatabase(shadowUrl));
    },
  };
}

function sqliteConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  return {
    connect: async () => disposeOnce(withScriptFallback(await factory.connect())),
    connectToShadowDb: async () => disposeOnce(withScriptFallback(await factory.connectToShadowDb())),
  };
}

/**
 * The project's driver adapters, wrapped for the engine. Every connection it opens is recorded
 * so it can be closed: `engine.free()` leaves them open, and the engine takes SQLite's
 * EXCLUSIVE locking mode, so the file stays locked against any other connection until then.
 */
function migrationAdapterFactory(databaseUrl: string) {
  const factory = createAdapterFactory(databaseUrl);
  const connections =
    dialectOf(databaseUrl) === "postgresql" ? postgresqlConnections(databaseUrl) : sqliteConnections(factory);
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return adapter;
  };
  const wrapped: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await connections.connect()),
    connectToShadowDb: async () => track(await connections.connectToShadowDb()),
  };
  const disposeAll = async () => {
    await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
  };
  return { factory: wrapped, disposeAll };
}

export interface SchemaFile {
  path: string;
  content: string;
}

export interface SchemaEngineOptions {
  databaseUrl: string;
  schemaFiles: SchemaFile[];
  /** Receives the engine's JSON log lines; dropped by default. */
  log?: (line: string) => void;
}

/**
 * Runs `fn` with a schema engine connected to the database through the project's driver
 * adapters, then frees the engine and closes its connections (so an SQLite file is unlocked).
 * CLIs still exit explicitly afterwards rather than rely on the WebAssembly engine to let the
 * event loop drain.
 */
export async function withSchemaEngine<T>(
  options: SchemaEngineOptions,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadBindings();
  const { factory, disposeAll } = migrationAdapterFactory(options.databaseUrl);
  const engine = await bindings.SchemaEngine.new(
    { datamodels: options.schemaFiles.map((f): [string, string] => [f.path, f.content]) },
    options.log ?? (() => {}),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await disposeAll();
  }
}
