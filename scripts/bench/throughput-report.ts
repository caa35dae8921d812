// The markdown `npm run bench` writes: one table per database with the targets as ✅/❌, then
// every measurement it is computed from.
import type { LoadResult } from "./measure";
import { MIN_ROUNDS, WARM_UP, type PairedMeasurement } from "./measure-against-static";

/** The targets: pages and feeds near a static page's throughput, fast at p99, flat with size. */
const TARGETS = { minStaticRatio: 0.8, maxP99Ms: 100, maxSlowdown: 2 } as const;

export interface ServerRun {
  entries: number;
  pairs: PairedMeasurement[];
}

export interface DatabaseResult {
  database: string;
  /** What differs from the other databases' servers, in a few words. */
  setup: string;
  large: ServerRun;
  story: ServerRun;
}

export interface ReportContext {
  date: Date;
  machine: string;
  /** The machine's load average around the run: other processes share it. */
  load: string;
  commit: string | undefined;
  command: string;
  staticPath: string;
  connections: number;
  seconds: number;
}

const failures = (r: LoadResult) => r.non2xx + r.errors;
/** Answered, and every answer a 2xx. */
const answered = (r: LoadResult) => failures(r) === 0 && r.answers > 0;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** Whole numbers, but a decimal below 10: 0.2 req/s is not 0. */
const round = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const times = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : "–");
const check = (ok: boolean) => (ok ? "✅" : "❌");

/** The static page's runs of one server as one result: mean throughput and latency, worst p99. */
function combine(results: LoadResult[]): LoadResult {
  return {
    requestsPerSecond: mean(results.map((r) => r.requestsPerSecond)),
    answers: results.reduce((sum, r) => sum + r.answers, 0),
    mean: mean(results.map((r) => r.mean)),
    p50: mean(results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    bytesPerAnswer: mean(results.map((r) => r.bytesPerAnswer)),
  };
}

const kilobytes = (r: LoadResult) => (Number.isFinite(r.bytesPerAnswer) ? (r.bytesPerAnswer / 1000).toFixed(0) : "–");

function requestsCell(r: LoadResult): string {
  const failed = failures(r);
  const rate = round(r.requestsPerSecond);
  return failed ? `${rate} ⚠ ${failed} failed` : r.answers > 0 ? rate : `${rate} ⚠ no answer`;
}

/** Latencies are of answered requests only. */
const latencyCell = (r: LoadResult, ms: number) => (r.answers > 0 ? round(ms) : "–");

const label = (path: string) => `\`${decodeURIComponent(path)}\``;

interface Row {
  label: string;
  large: LoadResult;
  story: LoadResult;
  /** Req/s over the static page's right before; none for the static page itself. */
  staticRatio?: number;
  /** The same for bytes per second: how much of the gap is the answer's size alone. */
  staticBytesRatio?: number;
}

function rows(result: DatabaseResult, staticPath: string): Row[] {
  const staticRow: Row = {
    label: `${label(staticPath)} static (mean of ${result.large.pairs.length} runs, worst p99)`,
    large: combine(result.large.pairs.map((p) => p.reference)),
    story: combine(result.story.pairs.map((p) => p.reference)),
  };
  return [
    staticRow,
    ...result.large.pairs.map(({ path, reference, page }) => {
      const story = result.story.pairs.find((p) => p.path === path);
      if (!story) throw new Error(`${path} was not measured on the story alone`);
      return {
        label: label(path),
        large: page,
        story: story.page,
        staticRatio: page.requestsPerSecond / reference.requestsPerSecond,
        staticBytesRatio:
          (page.requestsPerSecond * page.bytesPerAnswer) / (reference.requestsPerSecond * reference.bytesPerAnswer),
      };
    }),
  ];
}

function databaseSection(result: DatabaseResult, context: ReportContext): string[] {
  const { large, story } = result;
  let met = 0;
  let checked = 0;
  const tally = (ok: boolean) => {
    met += ok ? 1 : 0;
    checked += 1;
    return check(ok);
  };
  const lines = rows(result, context.staticPath).map((row) => {
    const clean = answered(row.large);
    const comparable = clean && answered(row.story);
    const latencySlowdown = row.large.mean / row.story.mean;
    const throughputSlowdown = row.story.requestsPerSecond / row.large.requestsPerSecond;
    const flat = comparable && Math.max(latencySlowdown, throughputSlowdown) <= TARGETS.maxSlowdown;
    return [
      row.label,
      kilobytes(row.large),
      requestsCell(row.large),
      row.staticRatio === undefined ? "—" : times(row.staticRatio),
      row.staticBytesRatio === undefined ? "—" : times(row.staticBytesRatio),
      latencyCell(row.large, row.large.p99),
      requestsCell(row.story),
      comparable ? `${times(latencySlowdown)} · ${times(throughputSlowdown)}` : "–",
      row.staticRatio === undefined ? "—" : tally(clean && row.staticRatio >= TARGETS.minStaticRatio),
      tally(clean && row.large.p99 < TARGETS.maxP99Ms),
      tally(flat),
    ].join(" | ");
  });
  return [
    `## ${result.database}`,
    ``,
    `${result.setup} ${large.entries.toLocaleString("en")} entries (story + synthetic) against the story ` +
      `alone (${story.entries} entries).`,
    ``,
    `| request | kB | req/s | × static | kB/s × static | p99 ms | story-only req/s | slowdown: latency · req/s | ` +
      `≥ ${TARGETS.minStaticRatio}× static | p99 < ${TARGETS.maxP99Ms} ms | ≤ ${TARGETS.maxSlowdown}× story |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: | :---: |`,
    ...lines.map((line) => `| ${line} |`),
    ``,
    `Targets met: **${met} of ${checked}**.`,
    ``,
  ];
}

function rawTable(title: string, run: ServerRun): string[] {
  return [
    `${title}, ${run.entries.toLocaleString("en")} entries:`,
    ``,
    `| request | kB | static req/s right before | req/s | × static | answers | mean ms | p50 ms | p99 ms | failed | alone ms |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    ...run.pairs.map(
      ({ path, reference, page, aloneMs }) =>
        `| ${label(path)} | ${kilobytes(page)} | ${round(reference.requestsPerSecond)} | ${round(page.requestsPerSecond)} | ` +
        `${times(page.requestsPerSecond / reference.requestsPerSecond)} | ${page.answers} | ` +
        [page.mean, page.p50, page.p99].map((ms) => latencyCell(page, ms)).join(" | ") +
        ` | ${failures(page) + failures(reference)} | ${round(aloneMs)} |`,
    ),
    ``,
  ];
}

export function renderReport(context: ReportContext, results: DatabaseResult[]): string {
  const { staticPath, connections, seconds } = context;
  return [
    `# Benchmark: pages and feeds against a static page`,
    ``,
    `- Date: ${context.date.toISOString()}`,
    `- Machine: ${context.machine}`,
    `- Load average (1 min): ${context.load}`,
    ...(context.commit ? [`- Commit: ${context.commit}`] : []),
    `- Command: \`${context.command}\``,
    ``,
    `Each database is measured twice, on a fresh database and a fresh \`next start\` each time: with ` +
      `the story alone, and filled to the larger size with synthetic published entries. Every URL is ` +
      `warmed up (${WARM_UP.requests} sequential requests, then ${WARM_UP.seconds} s of load), then ` +
      `loaded by autocannon with ${connections} connections for ${seconds} s (a URL answered fewer than ` +
      `${MIN_ROUNDS * connections} times in that time is loaded again until it is, however long that ` +
      `takes, so that its figures describe a steady state rather than the first requests cut off ` +
      `midway), then left to finish the requests still in flight. The prerendered static page \`${staticPath}\` of the same server is ` +
      `measured for ${seconds} s right before each URL; **× static** is the URL's req/s over that ` +
      `paired measurement's, and **kB/s × static** the same for the bytes sent per second (above 1×: ` +
      `the server sends more bytes per second of that URL than of the static page, and it is the size ` +
      `of its answers that keeps its req/s lower). **Slowdown** compares the two sizes: mean latency with the ` +
      `larger size over the story alone's, and the story alone's req/s over the larger size's (two ` +
      `servers, so the static row shows how much the machine itself drifted between them). The load ` +
      `generator runs on the same machine as the server and shares its CPUs.`,
    ``,
    ...results.flatMap((result) => databaseSection(result, context)),
    `## Every measurement`,
    ``,
    `**kB**: bytes read per answer, headers included. **Answers**: requests answered in the measurement. **Failed**: non-2xx answers and errors of the ` +
      `URL and of its static measurement. **Alone**: the median of the warm-up's sequential requests, ` +
      `one at a time.`,
    ``,
    ...results.flatMap((result) => [
      ...rawTable(result.database, result.large),
      ...rawTable(result.database, result.story),
    ]),
  ].join("\n");
}
