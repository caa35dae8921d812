// `npm test`: static checks, unit and integration tests (Vitest), a production build, then the
// Playwright journeys against it. Ends with one line "N passed, N failed" summing both suites.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const UNIT_REPORT = "test-results/unit.json";
const E2E_REPORT = "test-results/e2e.json";

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(
    `◀ ${label}: ${result.status === 0 ? "ok" : "failed"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

mkdirSync("test-results", { recursive: true });
rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });
const env = { NEXT_TELEMETRY_DISABLED: "1" };

let passed = 0;
let failed = 0;

const checksOk =
  run("typecheck", "npx", ["tsc", "--noEmit", "-p", "."]) && run("lint", "npm", ["run", "--silent", "lint"]);
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

if (run("production build", "npx", ["next", "build"], env)) {
  run("end-to-end journeys", "npx", ["playwright", "test"], env);
  const e2e = readJson(E2E_REPORT);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected + (e2e.errors?.length ?? 0);
  } else {
    failed += 1;
  }
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
