import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { e2eDatabaseUrl } from "./e2e/fixtures/e2e-database";
import { e2eSiteUrl } from "./e2e/fixtures/site-url";
import { systemBrowserLaunchOptions } from "./e2e/fixtures/system-browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_DATABASE=postgresql runs the journeys against PostgreSQL (127.0.0.1:5432) instead of the
// embedded SQLite file; either way each run starts on a fresh, seeded database.
const POSTGRESQL = process.env.E2E_DATABASE === "postgresql";
const DATABASE_URL = e2eDatabaseUrl(PORT);
const baseURL = `http://127.0.0.1:${PORT}`;
const SITE_URL = e2eSiteUrl(baseURL);

export default defineConfig({
  testDir: "e2e",
  // The journeys read the kinds' admin descriptions (lib/kinds/registry.ts), which are server-only
  // modules: as under Vitest, they load as plain Node modules here.
  tsconfig: "./e2e/tsconfig.json",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // Twice Playwright's default: a journey that takes 25 s on a busy two-core machine is slow, not
  // stuck; one that is stuck still fails within a minute.
  timeout: 60_000,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    // Recording a trace costs CI about a sixth of the journeys' time, and nobody can open a CI
    // run's traces; a failure there still prints its error and writes the page's state
    // (error-context.md). Locally a failed journey keeps its trace.
    trace: process.env.CI ? "off" : "retain-on-failure",
    launchOptions: systemBrowserLaunchOptions(),
  },
  projects: [
    // Makes the first owner through /admin/setup and an editor, and saves their sessions
    // (e2e/auth.setup.ts); every other journey may then sign in as either.
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    // Readers' journeys over the seeded story.
    {
      name: "chromium",
      testIgnore: /(accounts|admin|cluster)\//,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
    },
    {
      name: "accounts",
      testMatch: /accounts\/.*\.spec\.ts/,
      testIgnore: /two-factor-policy\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["setup"],
    },
    // The content admin's journeys publish, edit and delete entries, so they run after the
    // readers' journeys, which check the story as seeded (e.g. exactly four funding rounds).
    {
      name: "admin",
      testMatch: /admin\/.*\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["chromium"],
    },
    {
      // Requiring 2FA is site-wide and would send the shared accounts to set it up: this runs
      // after every journey that signs them in, for the few seconds it needs, and turns it off again.
      name: "two-factor-policy",
      testMatch: /accounts\/two-factor-policy\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
      dependencies: ["accounts", "admin"],
    },
    // Journeys that start app instances of their own (e2e/fixtures/app-instance.ts) on databases
    // of their own, e.g. to take PostgreSQL away: only on PostgreSQL, independent of the rest.
    ...(POSTGRESQL
      ? [{ name: "cluster", testMatch: /cluster\/.*\.spec\.ts/, use: { ...devices["Desktop Chrome"] } }]
      : []),
  ],
  webServer: {
    // A fresh database for every run: migrated and seeded from the story by db:prepare. Bound like
    // `npm start`, the journeys take the production path.
    command: `npx tsx tools/db/commands/reset.ts && npm run db:prepare && npx next start -p ${PORT}`,
    env: {
      DATABASE_URL,
      // The journeys stand in for the proxy in front: a browser's address is the X-Forwarded-For
      // it sends (e2e/fixtures/auth.ts, openBrowser).
      TRUSTED_PROXIES: "127.0.0.1",
      // Unset on SQLite, as on a fresh clone; set on PostgreSQL, as production does.
      ...(SITE_URL && { SITE_URL }),
      NEXT_TELEMETRY_DISABLED: "1",
      // The link check's journey (e2e/admin/source-links.spec.ts) waits out a page that never
      // answers: a short time limit and pause keep it to seconds.
      SOURCE_CHECK_TIMEOUT_MS: "2000",
      SOURCE_CHECK_HOST_DELAY_MS: "100",
      // On PostgreSQL the run is set up as a deployment of several instances would be: its
      // signing key given (lib/auth/secret.ts), its cache in Redis (127.0.0.1:6379), a fresh key
      // and a fresh cache namespace for each run.
      ...(DATABASE_URL.startsWith("postgresql:") && {
        AUTH_SECRET: randomBytes(32).toString("hex"),
        REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
        CACHE_NAMESPACE: `e2e-${randomBytes(6).toString("hex")}`,
      }),
    },
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "pipe",
  },
});
