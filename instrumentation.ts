// Runs once as each server starts, before it answers requests: while entries are scheduled, the
// cache tier in front is purged when each one's time comes (lib/platform/cache/tier-purge.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { armScheduledPurge } = await import("@/lib/content/scheduled-purge");
  void armScheduledPurge();
}
