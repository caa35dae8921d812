// The markdown `npm run bench` writes: per database and size, each URL through the cache tier
// against nginx serving the same bytes, with the targets as ✅/❌ and `next start` alone for
// context; then every measurement it is computed from.
import type { LoadResult } from "./measure";
import { WARM_UP_SECONDS, type TierMeasurement } from "./measure-tier";

/** The targets: the tier near a static file server's throughput, and fast at p99. */
export const TARGETS = { minNginxRatio: 0.5, maxP99Ms: 50 } as const;

export interface ServerRun {
  entries: number;
  measurements: TierMeasurement[];
}

export interface DatabaseResult {
  database: string;
  /** What differs from the other databases' servers, in a few words. */
  setup: string;
  runs: ServerRun[];
}

export interface ReportContext {
  date: Date;
  machine: string;
  /** The machine's load average around the run: other processes share it. */
  load: string;
  commit: string | undefined;
  command: string;
  tools: string;
  connections: number;
  threads: number;
  seconds: number;
  headers: Record<string, string>;
}

const failures = (r: LoadResult) => r.non2xx + r.errors;
/** Answered, and every answer a 2xx or 3xx. */
const clean = (r: LoadResult) => failures(r) === 0 && r.answers > 0;
/** Whole numbers, but a decimal below 10: 0.2 ms is not 0. */
const round = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const check = (ok: boolean) => (ok ? "✅" : "❌");
const label = (path: string) => `\`${decodeURIComponent(path)}\``;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function requestsCell(r: LoadResult): string {
  const failed = failures(r);
  const rate = round(r.requestsPerSecond);
  return failed ? `${rate} ⚠ ${failed} failed` : r.answers > 0 ? rate : `${rate} ⚠ no answer`;
}

/** Latencies are of answered requests only. */
const latencyCell = (r: LoadResult, ms: number) => (r.answers > 0 ? round(ms) : "–");

function requestLabel(m: TierMeasurement): string {
  const notes = [m.status !== 200 && `${m.status}`, m.cache !== "HIT" && `X-Cache ${m.cache}`].filter(Boolean);
  return notes.length > 0 ? `${label(m.path)} ⚠ ${notes.join(", ")}` : label(m.path);
}

function runSection(result: DatabaseResult, run: ServerRun, tally: (ok: boolean) => string): string[] {
  return [
    `### ${result.database}, ${run.entries.toLocaleString("en")} entries`,
    ``,
    `| request | body | Varnish req/s | Varnish p99 ms | nginx req/s | Varnish ÷ nginx | next start req/s | ` +
      `next start p99 ms | ≥ ${TARGETS.minNginxRatio}× nginx | p99 < ${TARGETS.maxP99Ms} ms |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | :---: |`,
    ...run.measurements.map((m) => {
      const ratio = m.tier.requestsPerSecond / m.nginx.requestsPerSecond;
      const cells = [
        requestLabel(m),
        `${kilobytes(m.bodyBytes)}${m.encoding === "identity" ? "" : ` ${m.encoding}`}`,
        requestsCell(m.tier),
        latencyCell(m.tier, m.tier.p99),
        requestsCell(m.nginx),
        `${ratio.toFixed(2)}×`,
        requestsCell(m.next),
        latencyCell(m.next, m.next.p99),
        tally(clean(m.tier) && clean(m.nginx) && ratio >= TARGETS.minNginxRatio),
        tally(clean(m.tier) && m.tier.p99 < TARGETS.maxP99Ms),
      ];
      return `| ${cells.join(" | ")} |`;
    }),
    ``,
  ];
}

function databaseSection(result: DatabaseResult): string[] {
  let met = 0;
  let checked = 0;
  const tally = (ok: boolean) => {
    met += ok ? 1 : 0;
    checked += 1;
    return check(ok);
  };
  const runs = result.runs.flatMap((run) => runSection(result, run, tally));
  return [
    `## ${result.database}`,
    ``,
    `${result.setup}`,
    ``,
    ...runs,
    `Targets met: **${met} of ${checked}**.`,
    ``,
  ];
}

const rawCells = (r: LoadResult) =>
  [round(r.requestsPerSecond), String(r.answers), ...[r.mean, r.p50, r.p99].map((ms) => latencyCell(r, ms))].join(
    " | ",
  ) + ` | ${failures(r)}`;

function rawTable(result: DatabaseResult, run: ServerRun): string[] {
  const server = (name: string) => `${name} req/s | answers | mean ms | p50 ms | p99 ms | failed`;
  return [
    `${result.database}, ${run.entries.toLocaleString("en")} entries:`,
    ``,
    `| request | answer kB | ${server("next start")} | ${server("Varnish")} | ${server("nginx")} |`,
    `| --- | ---: | ${Array(18).fill("---:").join(" | ")} |`,
    ...run.measurements.map(
      (m) =>
        `| ${requestLabel(m)} | ${(m.tier.bytesPerAnswer / 1000).toFixed(1)} | ` +
        `${rawCells(m.next)} | ${rawCells(m.tier)} | ${rawCells(m.nginx)} |`,
    ),
    ``,
  ];
}

export function renderReport(context: ReportContext, results: DatabaseResult[]): string {
  const { connections, threads, seconds } = context;
  const headers = Object.entries(context.headers)
    .map(([name, value]) => `\`${name}: ${value}\``)
    .join(", ");
  return [
    `# Benchmark: the cache tier against nginx serving the same bytes`,
    ``,
    `- Date: ${context.date.toISOString()}`,
    `- Machine: ${context.machine}`,
    `- Load average (1 min): ${context.load}`,
    ...(context.commit ? [`- Commit: ${context.commit}`] : []),
    `- Command: \`${context.command}\``,
    `- Tools: ${context.tools}`,
    ``,
    `Each database is measured with the story alone and filled to the larger size with synthetic ` +
      `published entries, on a fresh database, a fresh \`next start\` and a fresh Varnish ` +
      `(deploy/varnish/tracker.vcl, through scripts/cache-tier/varnish.ts) in front of it each time. ` +
      `Every URL is first read through Varnish until it answers from its copy (\`X-Cache: HIT\`); ` +
      `that answer's body, as sent (compressed), is written to a file that a throwaway nginx serves ` +
      `with the same headers but those nginx sets itself (Date, Content-Length, Last-Modified…). ` +
      `Then, one right after the other, the URL is loaded straight from \`next start\`, through ` +
      `Varnish, and from nginx: each for ${WARM_UP_SECONDS} s to warm up, then measured by wrk with ` +
      `${connections} keep-alive connections (${threads} threads) for ${seconds} s, every request ` +
      `with ${headers} as browsers send it. **Varnish ÷ nginx** is Varnish's req/s over nginx's for ` +
      `the same bytes; p99 is of every request (wrk). \`next start\` alone is there for context: ` +
      `what each request would cost without the tier. The load generator runs on the same machine ` +
      `as the servers and shares its CPUs.`,
    ``,
    ...results.flatMap(databaseSection),
    `## Every measurement`,
    ``,
    `**Answer kB**: bytes read per answer through Varnish, headers included. **Answers**: requests ` +
      `answered in the measurement. **Failed**: errors, time-outs and answers other than 2xx or 3xx.`,
    ``,
    ...results.flatMap((result) => result.runs.flatMap((run) => rawTable(result, run))),
  ].join("\n");
}
