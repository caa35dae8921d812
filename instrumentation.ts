// Runs once as each server starts, before it answers requests: what the cache handler needs to
// answer a page with the outage page while the database is out of reach
// (lib/platform/outage/outage-stand-in.mjs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ installOutagePage }, { installDatabaseProbe }, { outagePageHtml }] = await Promise.all([
    import("@/lib/platform/outage/outage-stand-in.mjs"),
    import("@/lib/platform/outage/outage-state.mjs"),
    import("@/lib/platform/outage/outage-page"),
  ]);
  installOutagePage(outagePageHtml());
  // The client is made on first use, not at startup: a build's server never needs it.
  installDatabaseProbe(async () => {
    const { prisma } = await import("@/lib/platform/db");
    await prisma.$queryRaw`SELECT 1`;
  });
}
