import "server-only";
import { nextPublication } from "@/lib/content/publication-epoch";
import { loadPublicationSchedule } from "@/lib/content/publication-schedule";
import { getEnv } from "@/lib/env";
import { SITE_KEY } from "@/lib/http/surrogate-keys";
import { purgeTier } from "@/lib/platform/cache/tier-purge";

/** The longest a timer waits before it reads the schedule again (setTimeout's own limit is ~24 days). */
const LONGEST_WAIT_MS = 24 * 60 * 60 * 1000;
/** How soon to read the schedule again when the database did not answer. */
const SCHEDULE_RETRY_MS = 60_000;
let scheduled: NodeJS.Timeout | undefined;

/**
 * A scheduled entry goes live without anyone saving anything: when its time comes, this purges
 * every page the tier keeps (the site's key), on each instance (the same purge twice does no harm).
 * Armed at startup (instrumentation.ts) and again after every change, which may have scheduled,
 * moved or published an entry.
 */
export async function armScheduledPurge(): Promise<void> {
  if (getEnv().CACHE_PURGE_URLS.length === 0) return;
  let next: number | null;
  try {
    next = nextPublication(await loadPublicationSchedule());
  } catch {
    // The database is out of reach: read the schedule again a little later.
    return rearm(SCHEDULE_RETRY_MS, armScheduledPurge);
  }
  const wait = next === null ? Infinity : Math.max(0, next - Date.now());
  if (wait > LONGEST_WAIT_MS) return rearm(LONGEST_WAIT_MS, armScheduledPurge);
  rearm(wait, async () => {
    await purgeTier([SITE_KEY]);
    await armScheduledPurge();
  });
}

/** One timer for the process: set after the schedule was read, so of two arms at once the later stays. */
function rearm(ms: number, then: () => Promise<void>): void {
  clearTimeout(scheduled);
  scheduled = setTimeout(() => void then(), ms).unref();
}
