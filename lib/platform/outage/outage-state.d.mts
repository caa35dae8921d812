// Types of outage-state.mjs (plain JavaScript, as the cache handler reads it outside the bundle).
export const RETRY_AFTER_SECONDS: number;
export function reportDatabaseUnavailable(): void;
export function reportDatabaseAvailable(): void;
export function databaseOutageSince(): number | null;
export function installDatabaseProbe(probe: () => Promise<unknown>): void;
export function databaseOutageNow(): Promise<boolean>;
