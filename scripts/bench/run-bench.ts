// `npm run bench`: what readers get under concurrent traffic. For the home page, two catalogue
// pages, the timeline, a feed, a search and the other lists, on SQLite and on PostgreSQL, with
// 10,000 entries and with the story alone: each URL through the cache tier (Varnish with
// deploy/varnish/tracker.vcl, warm), against nginx serving the very same bytes as a static file,
// and straight from `next start` for context. Writes bench/results.md and prints it. Needs
// varnishd (with varnish-modules), nginx and wrk. Settings, all optional:
//   BENCH_SKIP_BUILD=1 (reuse an existing build)   BENCH_SECONDS=5 (per measurement)
//   BENCH_ENTRIES=10000   BENCH_DATABASES=sqlite,postgresql
//   BENCH_PORT=3500 (next start; Varnish on +1, nginx on +2)
//   SCRATCH_POSTGRESQL_URL (the server to make databases on)   BENCH_REDIS_URL
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";
import { z } from "zod";
import { DEFAULT_SCRATCH_POSTGRESQL_URL, dropPostgresqlDatabase, withDatabaseName } from "@/tools/db/postgresql";
import {
  ensureBuild,
  preparePostgresqlDatabase,
  prepareSqliteDatabase,
  removeSqliteDatabase,
  startServer,
  type BenchDatabase,
} from "./bench-site";
import { measureThroughTier, type LoadOptions, type TierMeasurement } from "./measure-tier";
import { nginxVersion } from "./nginx-static";
import { renderReport, type DatabaseResult, type ServerRun } from "./tier-report";
import { exitUnlessInterrupted, withUndo } from "./undo-on-exit";
import { wrkVersion } from "./wrk";
import { findVarnishd, startVarnish } from "@/scripts/cache-tier/varnish";
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
const LOAD: LoadOptions = {
  connections: 20,
  seconds: env.BENCH_SECONDS,
  // wrk and the servers share the machine's cores: one thread per core at most.
  threads: Math.min(2, cpus().length),
  // As browsers and feed readers send it: Varnish keeps the compressed answer and sends it as is.
  headers: { "Accept-Encoding": "gzip" },
};
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
    setup: "A file under `data/`, the embedded default: one instance, its query cache in memory.",
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

function logMeasurement(database: string, entries: number, m: TierMeasurement): void {
  const ratio = m.tier.requestsPerSecond / m.nginx.requestsPerSecond;
  console.log(
    `${database}, ${entries} entries: ${decodeURIComponent(m.path)} (${m.cache}, ${m.bodyBytes} bytes) ` +
      `Varnish ${m.tier.requestsPerSecond.toFixed(0)} req/s p99 ${m.tier.p99.toFixed(1)} ms, ` +
      `nginx ${m.nginx.requestsPerSecond.toFixed(0)} req/s (${ratio.toFixed(2)}×), ` +
      `next start ${m.next.requestsPerSecond.toFixed(0)} req/s`,
  );
}

/** A fresh database with `total` entries (the story alone when fewer), a fresh server and tier on it, measured. */
function benchServer(database: DatabaseUnderTest, total: number): Promise<ServerRun> {
  const id = randomBytes(6).toString("hex");
  return database.withDatabase(id, total, async ({ databaseUrl, entries }) => {
    const tierPort = env.BENCH_PORT + 1;
    const server = await startServer(env.BENCH_PORT, {
      DATABASE_URL: databaseUrl,
      // Readers reach the site through the tier.
      SITE_URL: `http://127.0.0.1:${tierPort}`,
      AUTH_SECRET: randomBytes(32).toString("hex"),
      ...database.serverEnv(id),
    });
    return withUndo(server.stop, async () => {
      const tier = await startVarnish({
        listen: `127.0.0.1:${tierPort}`,
        backends: [`127.0.0.1:${env.BENCH_PORT}`],
        output: "errors-only",
      });
      return withUndo(tier.stop, async () => {
        const measurements = await measureThroughTier(
          { appOrigin: server.origin, tierOrigin: tier.origin, nginxPort: env.BENCH_PORT + 2 },
          PATHS,
          LOAD,
          (m) => logMeasurement(database.name, entries, m),
        );
        return { entries, measurements };
      });
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
  // Every tool first, not after minutes of filling databases.
  const varnishd = spawnSync(findVarnishd(), ["-V"], { encoding: "utf8" });
  const varnishVersion = `${varnishd.stdout}${varnishd.stderr}`.match(/varnish-[\d.]+/)?.[0] ?? "varnishd";
  const tools = `${wrkVersion()}, ${nginxVersion()}, ${varnishVersion}`;
  ensureBuild();
  const loadAtStart = loadAverage();
  const results: DatabaseResult[] = [];
  for (const name of env.BENCH_DATABASES) {
    const database = DATABASES[name];
    const large = await benchServer(database, env.BENCH_ENTRIES);
    const story = await benchServer(database, 0);
    results.push({ database: database.name, setup: database.setup, runs: [large, story] });
  }
  const commit = git("rev-parse", "--short", "HEAD");
  const report = renderReport(
    {
      date: new Date(),
      machine: describeMachine(),
      load: `${loadAtStart} at the start, ${loadAverage()} at the end`,
      commit: commit && (git("status", "--porcelain") ? `${commit} with uncommitted changes` : commit),
      command: describeCommand(),
      tools,
      ...LOAD,
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
