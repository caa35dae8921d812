import { getEnv } from "@/lib/env";
import type { LinksCheckOptions } from "@/lib/sources/check-links";
import { configuredOrigin } from "@/lib/site-origin";

/** How many hosts a check asks at once: each of them one request at a time. */
const HOSTS_AT_ONCE = 4;

/**
 * How this site checks its sources' links, from the environment (SOURCE_CHECK_TIMEOUT_MS,
 * SOURCE_CHECK_HOST_DELAY_MS): the time a link may take, the pause between two links of one host,
 * and a User-Agent that names the site and where to read about it (ASCII: it is a header).
 */
export function linkCheckSettings(): Omit<LinksCheckOptions, "deadline" | "onCheck"> {
  const env = getEnv();
  return {
    timeoutMs: env.SOURCE_CHECK_TIMEOUT_MS,
    hostDelayMs: env.SOURCE_CHECK_HOST_DELAY_MS,
    hostsAtOnce: HOSTS_AT_ONCE,
    userAgent: `mistral-tracker-link-check/1.0 (+${configuredOrigin() ?? "http://localhost:3000"}/about)`,
  };
}
