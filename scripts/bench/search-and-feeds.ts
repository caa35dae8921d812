// `npm run bench:search`: fills a database with 10,000 entries, starts the production server on
// it, and times search and the feeds against a page that reads no data (/about) of the same
// server, in one run: what the app itself costs, behind no cache tier. Writes
// bench/search-results.md. Targets (issue 4): search p95 ≤ 50 ms; a feed request at most 2× the
// plain page's time.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { ensureBuild, prepareSqliteDatabase, startServer } from "./bench-site";
import { loadTest, summarize, timeRequests, type LatencySample, type LoadResult } from "./measure";

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3500);
const SAMPLES = 200;
const CONNECTIONS = 10;
const SECONDS = 5;
/** Rendered per request like every page, but reading no data: the server's floor. */
const PLAIN_PAGE = "/about";
const FEEDS = ["/feed.xml", "/atom.xml", "/feed.json", "/feeds/models/feed.xml", "/feeds/funding/feed.json"];
const HOT_QUERY = "融资";

/** Distinct queries, each sent once, so every one misses the cache. */
function coldQueries(): string[] {
  const words = ["融资", "模型", "合作", "Mistral", "巴黎", "代码生成", "开源", "Apache", "Le Chat", "Bench"];
  const queries = new Set<string>(words);
  for (let n = 0; queries.size < SAMPLES; n++) {
    queries.add(
      n % 4 === 0
        ? `基准事件 ${n}`
        : n % 4 === 1
          ? `Bench Model ${n}`
          : n % 4 === 2
            ? `${words[n % words.length]} ${n % 7}`
            : `无此词${n}`,
    );
  }
  return [...queries];
}

interface Row {
  label: string;
  single: LatencySample;
  load: LoadResult;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");

async function measure(origin: string, label: string, path: string): Promise<Row> {
  await timeRequests(Array(20).fill(`${origin}${path}`)); // warm up
  const single = summarize(await timeRequests(Array(SAMPLES).fill(`${origin}${path}`)));
  const load = await loadTest(`${origin}${path}`, CONNECTIONS, SECONDS);
  if (load.non2xx || load.errors)
    throw new Error(`${path}: ${load.non2xx} non-2xx answers, ${load.errors} errors`);
  return { label, single, load };
}

async function main(): Promise<void> {
  ensureBuild();
  const { databaseUrl } = await prepareSqliteDatabase("data/bench-search.db", ENTRIES);
  const server = await startServer(PORT, { DATABASE_URL: databaseUrl });
  try {
    const searchUrls = coldQueries().map((q) => `${server.origin}/search?q=${encodeURIComponent(q)}`);
    const cold = summarize(await timeRequests(searchUrls));

    const rows: Row[] = [await measure(server.origin, `plain page ${PLAIN_PAGE}`, PLAIN_PAGE)];
    for (const feed of FEEDS) rows.push(await measure(server.origin, `feed ${feed}`, feed));
    rows.push(
      await measure(
        server.origin,
        `search “${HOT_QUERY}” (repeated)`,
        `/search?q=${encodeURIComponent(HOT_QUERY)}`,
      ),
    );
    const base = rows[0];

    const lines = [
      `# Search and feed benchmark`,
      ``,
      `${new Date().toISOString()} · ${ENTRIES} entries (story + synthetic) on SQLite · ${cpus().length} CPUs · ` +
        `\`next start\` · command: \`npm run bench:search\``,
      ``,
      `Single requests: ${SAMPLES} sequential requests after 20 warm-up ones. Under load: autocannon, ` +
        `${CONNECTIONS} connections for ${SECONDS} s. Ratios are to ${PLAIN_PAGE}, a page that reads no data, in the same run.`,
      ``,
      `| request | p50 ms | p95 ms | p50 × plain | req/s under load | p99 ms under load | req/s ÷ plain |`,
      `| --- | ---: | ---: | ---: | ---: | ---: | ---: |`,
      ...rows.map(
        (r) =>
          `| ${r.label} | ${fmt(r.single.p50)} | ${fmt(r.single.p95)} | ${(r.single.p50 / base.single.p50).toFixed(2)} | ` +
          `${r.load.requestsPerSecond.toFixed(0)} | ${r.load.p99} | ${(r.load.requestsPerSecond / base.load.requestsPerSecond).toFixed(2)} |`,
      ),
      ``,
      `Search, ${cold.count} distinct queries each sent once (every one a cache miss): ` +
        `p50 ${fmt(cold.p50)} ms, **p95 ${fmt(cold.p95)} ms**, max ${fmt(cold.max)} ms (target p95 ≤ 50 ms).`,
      ``,
      `Feeds, slowest p50 ratio to the plain page: ` +
        `**${Math.max(...rows.filter((r) => r.label.startsWith("feed")).map((r) => r.single.p50 / base.single.p50)).toFixed(2)}×** (target ≤ 2×).`,
      ``,
    ];
    mkdirSync("bench", { recursive: true });
    writeFileSync("bench/search-results.md", lines.join("\n"));
    console.log(lines.join("\n"));
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
