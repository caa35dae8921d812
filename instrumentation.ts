// Runs once as each server starts, before it answers requests: what the cache handler needs to
// answer a page with the outage page while the database is out of reach
// (lib/cache-handler/outage-stand-in.mjs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ installOutagePage }, { installDatabaseProbe }, { outagePageHtml }] = await Promise.all([
    import("@/lib/cache-handler/outage-stand-in.mjs"),
    import("@/lib/db/outage.mjs"),
    import("@/lib/outage-page"),
  ]);
  installOutagePage(outagePageHtml());
  // The client is made on first use, not at startup: a build's server never needs it.
  installDatabaseProbe(async () => {
    const { prisma } = await import("@/lib/db");
    await prisma.$queryRaw`SELECT 1`;
  });
}
