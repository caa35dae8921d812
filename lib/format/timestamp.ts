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
