// `npm run bench:routing`: builds bench/routing-designs (one list page filtered by a query
// parameter, served three ways), starts it, and measures each way against its prerendered static
// page, side by side in one run. Writes bench/routing-results.md. Issue 15 asked whether plain
// routes reading `searchParams` (Cache Components) could replace the site's proxy and cached views.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { startServer } from "./bench-site";
import { measureAgainstStatic, type PairedMeasurement } from "./measure-against-static";

const APP_DIR = "bench/routing-designs";
const PORT = Number(process.env.BENCH_PORT ?? 3600);
const LOAD = { connections: 20, seconds: 5 };
const ROUNDS = 2;
const STATIC_PAGE = "/about";
const DESIGNS = [
  { path: "/models?category=CODE", design: "Cache Components: `searchParams` in `<Suspense>`, data `\"use cache\"`" },
  { path: "/models-blocking?category=CODE", design: "Cache Components, no `<Suspense>` (`instant = false`)" },
  { path: "/models-view?category=CODE", design: "the site's: proxy.ts rewrite to a cached render of `/models/-/CODE`" },
];

function build(): void {
  console.log(`Building ${APP_DIR} (next build)…`);
  const result = spawnSync("npx", ["next", "build", APP_DIR], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Whether the page's content is in its HTML as sent, or streamed in hidden for a script to reveal. */
async function contentWithoutScript(url: string): Promise<boolean> {
  const html = await (await fetch(url)).text();
  return !/<div hidden id="S:\d+">/.test(html);
}

const ratio = (value: number) => `${value.toFixed(2)}×`;

function row(design: string, pairs: PairedMeasurement[], readable: boolean): string {
  const mean = (pick: (pair: PairedMeasurement) => number) =>
    pairs.reduce((sum, pair) => sum + pick(pair), 0) / pairs.length;
  const reqs = mean((pair) => pair.page.requestsPerSecond);
  const reqsRatio = mean((pair) => pair.page.requestsPerSecond / pair.reference.requestsPerSecond);
  const bytesRatio = mean(
    (pair) =>
      (pair.page.requestsPerSecond * pair.page.bytesPerAnswer) /
      (pair.reference.requestsPerSecond * pair.reference.bytesPerAnswer),
  );
  const p99 = Math.max(...pairs.map((pair) => pair.page.p99));
  const kB = Math.round(pairs[0].page.bytesPerAnswer / 1000);
  const failed = pairs.reduce((sum, pair) => sum + pair.page.non2xx + pair.page.errors, 0);
  return `| \`${pairs[0].path}\` | ${design} | ${kB} | ${Math.round(reqs)} | ${ratio(reqsRatio)} | ${ratio(bytesRatio)} | ${p99} | ${failed} | ${readable ? "yes" : "no"} |`;
}

async function main(): Promise<void> {
  build();
  const loadAtStart = loadavg()[0];
  const server = await startServer(PORT, {}, APP_DIR);
  try {
    const measured = new Map<string, PairedMeasurement[]>(DESIGNS.map(({ path }) => [path, []]));
    // Rounds alternate the designs, so a drift of the machine touches every design alike.
    for (let round = 1; round <= ROUNDS; round++) {
      await measureAgainstStatic(server.origin, STATIC_PAGE, DESIGNS.map(({ path }) => path), LOAD, (pair) => {
        measured.get(pair.path)!.push(pair);
        console.log(`round ${round}: ${pair.path} ${Math.round(pair.page.requestsPerSecond)} req/s`);
      });
    }
    const rows: string[] = [];
    for (const { path, design } of DESIGNS) {
      rows.push(row(design, measured.get(path)!, await contentWithoutScript(`${server.origin}${path}`)));
    }
    const report = [
      "# Routing designs: a filtered list page, three ways",
      "",
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${cpus().length} CPUs, Node ${process.version}; load average ${loadAtStart.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end`,
      "- Command: `npm run bench:routing` (the app: bench/routing-designs, README there)",
      "",
      `One \`next start\` serves every design. Each URL is warmed up, then loaded by autocannon with ${LOAD.connections} connections for ${LOAD.seconds} s, right after ${LOAD.seconds} s of the prerendered static page \`${STATIC_PAGE}\`; **× static** is the ratio of the two (req/s, and bytes per second), the mean of ${ROUNDS} rounds that alternate the designs. **Readable without JavaScript**: the list is in the HTML as sent, not streamed into a hidden element that an inline script reveals (which a strict Content-Security-Policy would also block).`,
      "",
      "| request | design | kB | req/s | × static | kB/s × static | p99 ms | failed | readable without JavaScript |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: |",
      ...rows,
      "",
    ].join("\n");
    writeFileSync("bench/routing-results.md", report);
    console.log(report);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
