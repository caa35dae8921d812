import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { createAdapterFactory } from "@/lib/db/client";

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

/**
 * The project's adapter factory, wrapped for the engine. Every connection it opens is recorded
 * so it can be closed: `engine.free()` leaves them open, and the engine takes SQLite's
 * EXCLUSIVE locking mode, so the file stays locked against any other connection until then.
 */
function migrationAdapterFactory(databaseUrl: string) {
  const factory = createAdapterFactory(databaseUrl);
  const opened: SqlDriverAdapter[] = [];
  const track = (adapter: SqlDriverAdapter) => {
    opened.push(adapter);
    return withScriptFallback(adapter);
  };
  const wrapped: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
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
 * Runs `fn` with a schema engine connected to an SQLite database through the project's driver
 * adapter, then frees the engine and closes its connections (so the SQLite file is unlocked).
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
