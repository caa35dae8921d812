/**
 * When published entries appear to readers: the latest publication time already passed and the
 * ones still ahead (scheduled entries), as epoch milliseconds so the value can be cached.
 */
export interface PublicationSchedule {
  latestPast: number | null;
  upcoming: number[];
}

/**
 * The latest publication time reached at `now`. It changes exactly when a scheduled entry's
 * time comes, so a cache keyed by it misses at that moment and readers see the entry then.
 */
export function publicationEpoch(schedule: PublicationSchedule, now: number = Date.now()): number {
  let epoch = schedule.latestPast ?? 0;
  for (const time of schedule.upcoming) if (time <= now && time > epoch) epoch = time;
  return epoch;
}

/** When the next scheduled entry appears after `now`, or null when none is scheduled. */
export function nextPublication(schedule: PublicationSchedule, now: number = Date.now()): number | null {
  let next: number | null = null;
  for (const time of schedule.upcoming) if (time > now && (next === null || time < next)) next = time;
  return next;
}
