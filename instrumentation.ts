// Runs once as each server starts, before it answers requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ installOutagePage }, { outagePageHtml }] = await Promise.all([
    import("@/lib/cache-handler/outage-stand-in.mjs"),
    import("@/lib/outage-page"),
  ]);
  installOutagePage(outagePageHtml());
}
