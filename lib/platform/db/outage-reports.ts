import type { PrismaClient } from "@/lib/platform/db/client";
import {
  databaseOutageSince,
  reportDatabaseAvailable,
  reportDatabaseUnavailable,
} from "@/lib/platform/outage/outage-state";
import { isDatabaseUnavailable } from "@/lib/platform/db/unavailable";

/** How often a client asks an unreachable database whether it is back. */
export const RECOVERY_PROBE_MS = 2000;

/**
 * The client, reporting how each query went to the process's outage state
 * (lib/platform/outage/outage-state.ts), which proxy.ts reads: while the database is out of
 * reach, a page is answered with a 503 page at once instead of a render that cannot succeed.
 * Pages are then no longer rendered, so nothing would notice the database coming back: until it
 * answers, the client asks it every `probeMs`.
 */
export function reportingOutages(client: PrismaClient, probeMs = RECOVERY_PROBE_MS): PrismaClient {
  let probing = false;
  const extended = client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          reportDatabaseAvailable();
          return result;
        } catch (error) {
          if (isDatabaseUnavailable(error)) {
            reportDatabaseUnavailable();
            probeUntilBack();
          }
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;

  function probeUntilBack() {
    if (probing) return;
    probing = true;
    const probe = () =>
      setTimeout(async () => {
        // A failure is reported by the query itself; success ends the outage there too.
        await extended.$queryRaw`SELECT 1`.catch(() => {});
        if (databaseOutageSince() === null) probing = false;
        else probe();
      }, probeMs).unref();
    probe();
  }

  return extended;
}
