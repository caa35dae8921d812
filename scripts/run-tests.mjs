// `npm test`: static checks, unit and integration tests (Vitest), a production build, then the
// Playwright journeys against it. Ends with one line "N passed, N failed" summing both suites.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const UNIT_REPORT = "test-results/unit.json";
const E2E_REPORT = "test-results/e2e.json";
const E2E_POSTGRESQL_REPORT = "test-results/e2e-postgresql.json";

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(
    `◀ ${label}: ${result.status === 0 ? "ok" : "failed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

/** Runs independent steps at once (each single-threaded); true when all succeed. */
async function runTogether(steps) {
  const started = Date.now();
  const labels = steps.map(([label]) => label).join(" and ");
  console.log(`\n▶ ${labels}`);
  const results = await Promise.all(
    steps.map(
      ([label, command, args]) =>
        new Promise((resolve) =>
          spawn(command, args, { stdio: "inherit" }).on("close", (status) => {
            if (status !== 0) console.log(`✗ ${label} failed`);
            resolve(status === 0);
          }),
        ),
    ),
  );
  const ok = results.every(Boolean);
  console.log(`◀ ${labels}: ${ok ? "ok" : "failed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

mkdirSync("test-results", { recursive: true });
rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });
rmSync(E2E_POSTGRESQL_REPORT, { force: true });
const env = { NEXT_TELEMETRY_DISABLED: "1" };

let passed = 0;
let failed = 0;

// The journeys need a browser: find it first, not after minutes of other suites.
if (!run("browser for the journeys", "npx", ["tsx", "scripts/check-browser.ts"])) {
  console.log(`\n${passed} passed, 1 failed`);
  process.exit(1);
}

const checksOk = await runTogether([
  ["typecheck", "npx", ["tsc", "--noEmit", "-p", "."]],
  ["lint", "npm", ["run", "--silent", "lint"]],
]);
if (!checksOk) failed += 1;

run("unit and integration tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${UNIT_REPORT}`,
]);
const unit = readJson(UNIT_REPORT);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numFailedTestSuites ?? 0);
} else {
  failed += 1;
}

// The journeys run twice on one build: on the embedded SQLite default, then on PostgreSQL
// (127.0.0.1:5432; .ci/run starts it), each on a fresh database of its own.
const E2E_RUNS = [
  { label: "end-to-end journeys (SQLite)", report: E2E_REPORT, env: {} },
  {
    label: "end-to-end journeys (PostgreSQL)",
    report: E2E_POSTGRESQL_REPORT,
    env: { E2E_DATABASE: "postgresql", E2E_PORT: "3101", E2E_REPORT: E2E_POSTGRESQL_REPORT },
  },
];

if (run("production build", "npx", ["next", "build"], env)) {
  for (const e2eRun of E2E_RUNS) {
    run(e2eRun.label, "npx", ["playwright", "test"], { ...env, ...e2eRun.env });
    const e2e = readJson(e2eRun.report);
    if (e2e) {
      passed += e2e.stats.expected + e2e.stats.flaky;
      failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
    } else {
      failed += 1;
    }
  }
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
