// Instants (sign-ins, account and content changes, schedules) in Beijing time, the clock the
// site's editors work in, with the offset shown so nobody mistakes it for their own.
const TIMESTAMP = new Intl.DateTimeFormat("zh-CN", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
  timeZone: "Asia/Shanghai",
  timeZoneName: "shortOffset",
});

/** "2026/11/29 13:41:29 GMT+8" for an instant. */
export function formatTimestamp(instant: Date | string): string {
  return TIMESTAMP.format(new Date(instant));
}

const BEIJING_DATE = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  timeZone: "Asia/Shanghai",
});

/** The calendar day an instant falls on in Beijing, as [year, month, day]. */
export function beijingDateParts(instant: Date | string): [number, number, number] {
  const parts = BEIJING_DATE.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return [part("year"), part("month"), part("day")];
}

/** "2026-11-29": the calendar day an instant falls on in Beijing. */
export function formatBeijingDate(instant: Date | string): string {
  return beijingDateParts(instant)
    .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
    .join("-");
}
