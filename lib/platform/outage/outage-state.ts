// Whether this process last found the database out of reach. It lives on globalThis so that
// every copy of this module in the process (the proxy's bundle and the pages') shares it.

/** What to tell a client to wait before asking again while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 30;

const STATE = Symbol.for("mistral-tracker.database-outage");

interface OutageState {
  since: number | null;
}

function state(): OutageState {
  const holder = globalThis as unknown as Record<symbol, OutageState | undefined>;
  return (holder[STATE] ??= { since: null });
}

/** A query failed because the database could not be reached (lib/platform/db/unavailable.ts). */
export function reportDatabaseUnavailable(): void {
  state().since ??= Date.now();
}

/** A query went through: the database answers. */
export function reportDatabaseAvailable(): void {
  state().since = null;
}

/** Since when (ms since the epoch) the database has been out of reach, or null when it answers. */
export function databaseOutageSince(): number | null {
  return state().since;
}
