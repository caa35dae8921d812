// @ts-check
// Whether this process last found the database out of reach. Plain JavaScript because the cache
// handler (lib/platform/cache), which Next.js loads outside the bundle, reads it too: the state
// lives on globalThis, so the bundle's copy of this module and the handler's share it.

/** What to tell a client to wait before asking again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 30;

const STATE = Symbol.for("mistral-tracker.database-outage");

/** @typedef {{ since: number | null, probe: (() => Promise<unknown>) | null }} OutageState */

/** @returns {OutageState} */
function state() {
  const holder = /** @type {Record<symbol, OutageState | undefined>} */ (globalThis);
  return (holder[STATE] ??= { since: null, probe: null });
}

/** A query failed because the database could not be reached (lib/platform/db/unavailable.ts). */
export function reportDatabaseUnavailable() {
  state().since ??= Date.now();
}

/** A query went through: the database answers. */
export function reportDatabaseAvailable() {
  state().since = null;
}

/** Since when (ms since the epoch) the database has been out of reach, or null when it answers. */
export function databaseOutageSince() {
  return state().since;
}

/**
 * How to ask the database whether it answers: a query through the app's client, which reports
 * the outcome (lib/platform/db/outage-reports.ts). The app installs it at startup (instrumentation.ts).
 * @param {() => Promise<unknown>} probe
 */
export function installDatabaseProbe(probe) {
  state().probe = probe;
}

/**
 * Whether the database is out of reach now: known already, or found so by asking it (once a
 * probe is installed). Never throws.
 */
export async function databaseOutageNow() {
  const { since, probe } = state();
  if (since !== null || probe === null) return since !== null;
  await probe().catch(() => {});
  return state().since !== null;
}
