// `npm run bench`: requests per second and p99 latency of the home page, two catalogue pages, the
// timeline, a feed and a search, each against the prerendered static page of the same server, on
// SQLite and on PostgreSQL, with 10,000 entries and with the story alone. Writes
// bench/results.md and prints it. Settings, all optional:
//   BENCH_SKIP_BUILD=1 (reuse an existing build)   BENCH_SECONDS=5 (per measurement)
//   BENCH_ENTRIES=10000   BENCH_DATABASES=sqlite,postgresql   BENCH_PORT=3500
//   SCRATCH_POSTGRESQL_URL (the server to make databases on)   BENCH_REDIS_URL
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { z } from "zod";
import { DEFAULT_SCRATCH_POSTGRESQL_URL, dropPostgresqlDatabase, withDatabaseName } from "@/tools/db/postgresql";
import {
  assertPrerendered,
  ensureBuild,
  preparePostgresqlDatabase,
  prepareSqliteDatabase,
  removeSqliteDatabase,
  startServer,
  type BenchDatabase,
} from "./bench-site";
import { measureAgainstStatic, type PairedMeasurement } from "./measure-against-static";
import { renderReport, type DatabaseResult, type ServerRun } from "./throughput-report";
import { exitUnlessInterrupted, withUndo } from "./undo-on-exit";
import { deleteNamespace } from "@/lib/platform/cache/redis-store.mjs";

const ZBenchEnvSchema = z.object({
  BENCH_ENTRIES: z.coerce.number().int().positive().default(10_000),
  BENCH_SECONDS: z.coerce.number().int().positive().default(5),
  BENCH_PORT: z.coerce.number().int().min(1024).max(65_535).default(3500),
  BENCH_DATABASES: z
    .string()
    .default("sqlite,postgresql")
    .transform((list) => list.split(",").map((name) => name.trim()))
    .pipe(z.array(z.enum(["sqlite", "postgresql"])).min(1)),
  SCRATCH_POSTGRESQL_URL: z.url().default(DEFAULT_SCRATCH_POSTGRESQL_URL),
  BENCH_REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
});
const env = ZBenchEnvSchema.parse(
  Object.fromEntries(Object.keys(ZBenchEnvSchema.shape).map((key) => [key, process.env[key] || undefined])),
);

const RESULTS_FILE = "bench/results.md";
const CONNECTIONS = 20;
const STATIC_PAGE = "/about";
const PATHS = [
  "/",
  "/models",
  "/funding",
  "/timeline",
  "/feed.xml",
  `/search?q=${encodeURIComponent("融资")}`,
  // The other public lists: each page of them is as long at 10,000 entries as with the story.
  "/partnerships",
  "/people",
  "/products",
  "/sources",
  // A next page (rewritten by next.config.ts) and a filter (rewritten by proxy.ts).
  "/timeline?page=2",
  "/models?category=CODE",
];

interface DatabaseUnderTest {
  name: string;
  setup: string;
  /** Makes a fresh database named after `id`, runs `body` on it, then removes it. */
  withDatabase<T>(id: string, total: number, body: (database: BenchDatabase) => Promise<T>): Promise<T>;
  /** The server's environment beyond the database and the site's own settings. */
  serverEnv(id: string): Record<string, string>;
}

const DATABASES: Record<(typeof env.BENCH_DATABASES)[number], DatabaseUnderTest> = {
  sqlite: {
    name: "SQLite",
    setup: "A file under `data/`, the embedded default: one instance, its cache in memory.",
    withDatabase(id, total, body) {
      const file = `data/bench-${id}.db`;
      return withUndo(
        async () => removeSqliteDatabase(file),
        async () => body(await prepareSqliteDatabase(file, total)),
      );
    },
    // Blank, so a shared cache configured in the shell does not change what is measured here.
    serverEnv: () => ({ REDIS_URL: "", CACHE_NAMESPACE: "" }),
  },
  postgresql: {
    name: "PostgreSQL",
    setup:
      `A database on ${new URL(env.SCRATCH_POSTGRESQL_URL).host}, configured as for several instances: ` +
      `\`REDIS_URL=${env.BENCH_REDIS_URL}\` and a \`CACHE_NAMESPACE\` of its own per server (one server runs).`,
    withDatabase(id, total, body) {
      const databaseUrl = withDatabaseName(env.SCRATCH_POSTGRESQL_URL, `tracker_bench_${id}`);
      return withUndo(
        async () => {
          await dropPostgresqlDatabase(databaseUrl);
          await deleteNamespace(env.BENCH_REDIS_URL, `bench-${id}`);
        },
        async () => body(await preparePostgresqlDatabase(databaseUrl, total)),
      );
    },
    // A fresh namespace per server, so no server reads what another one cached.
    serverEnv: (id) => ({ REDIS_URL: env.BENCH_REDIS_URL, CACHE_NAMESPACE: `bench-${id}` }),
  },
};

function logPair(database: string, entries: number, { path, reference, page }: PairedMeasurement): void {
  const ratio = page.requestsPerSecond / reference.requestsPerSecond;
  console.log(
    `${database}, ${entries} entries: ${decodeURIComponent(path)} ${page.requestsPerSecond.toFixed(0)} req/s ` +
      `(static ${reference.requestsPerSecond.toFixed(0)}, ${ratio.toFixed(2)}×), p99 ${page.p99} ms`,
  );
}

/** A fresh database with `total` entries (the story alone when fewer), a fresh server on it, measured. */
function benchServer(database: DatabaseUnderTest, total: number): Promise<ServerRun> {
  const id = randomBytes(6).toString("hex");
  return database.withDatabase(id, total, async ({ databaseUrl, entries }) => {
    const server = await startServer(env.BENCH_PORT, {
      DATABASE_URL: databaseUrl,
      SITE_URL: `http://127.0.0.1:${env.BENCH_PORT}`,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      ...database.serverEnv(id),
    });
    return withUndo(server.stop, async () => {
      await assertPrerendered(server.origin, STATIC_PAGE);
      const pairs = await measureAgainstStatic(
        server.origin,
        STATIC_PAGE,
        PATHS,
        { connections: CONNECTIONS, seconds: env.BENCH_SECONDS },
        (pair) => logPair(database.name, entries, pair),
      );
      return { entries, pairs };
    });
  });
}

function git(...args: string[]): string {
  return spawnSync("git", args, { encoding: "utf8" }).stdout?.trim() ?? "";
}

function describeMachine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  const memory = (totalmem() / 2 ** 30).toFixed(0);
  return `${cpus().length} CPUs (${cpu}), ${memory} GiB RAM, Node ${process.version}, ${process.platform} ${release()}`;
}

/** The command as run, with the settings that were given. */
function describeCommand(): string {
  const settings = Object.keys(process.env)
    .filter((key) => key.startsWith("BENCH_") && process.env[key])
    .sort()
    .map((key) => `${key}=${process.env[key]}`);
  return [...settings, "npm run bench"].join(" ");
}

const loadAverage = () => loadavg()[0].toFixed(2);

async function main(): Promise<void> {
  ensureBuild();
  const loadAtStart = loadAverage();
  const results: DatabaseResult[] = [];
  for (const name of env.BENCH_DATABASES) {
    const database = DATABASES[name];
    const story = await benchServer(database, 0);
    const large = await benchServer(database, env.BENCH_ENTRIES);
    results.push({ database: database.name, setup: database.setup, story, large });
  }
  const commit = git("rev-parse", "--short", "HEAD");
  const report = renderReport(
    {
      date: new Date(),
      machine: describeMachine(),
      load: `${loadAtStart} at the start, ${loadAverage()} at the end`,
      commit: commit && (git("status", "--porcelain") ? `${commit} with uncommitted changes` : commit),
      command: describeCommand(),
      staticPath: STATIC_PAGE,
      connections: CONNECTIONS,
      seconds: env.BENCH_SECONDS,
    },
    results,
  );
  mkdirSync("bench", { recursive: true });
  writeFileSync(RESULTS_FILE, report);
  console.log(`\n${report}`);
  console.log(`Written to ${RESULTS_FILE}.`);
}

main().then(
  () => exitUnlessInterrupted(0),
  (error: unknown) => {
    console.error(error);
    exitUnlessInterrupted(1);
  },
);
