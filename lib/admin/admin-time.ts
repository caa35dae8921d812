// Times in the admin are typed in Beijing time (the site's editors write Chinese first) and
// shown by lib/format/timestamp.ts in the same zone. China keeps no daylight saving, so the offset is fixed.
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** A `datetime-local` value ("2025-06-01T09:30" or with seconds) read as Beijing time; null if invalid. */
export function parseAdminDateTime(input: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(input.trim());
  if (!match) return null;
  const [y, mo, d, h, mi, s = "0"] = match.slice(1).map((part) => part ?? "0");
  const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  const check = new Date(utc);
  if (check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) {
    return null;
  }
  return new Date(utc - OFFSET_MS);
}

/** A date as a `datetime-local` value in Beijing time, to the second. */
export function toAdminDateTimeInput(date: Date): string {
  return new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 19);
}

/** A schedule form's starting value: the next full hour from now, in Beijing time, to the minute. */
export function suggestedScheduleInput(now: Date = new Date()): string {
  const nextHour = Math.ceil((now.getTime() + 60_000) / 3_600_000) * 3_600_000;
  return toAdminDateTimeInput(new Date(nextHour)).slice(0, 16);
}
