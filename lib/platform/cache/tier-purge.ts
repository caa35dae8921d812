import "server-only";
import { getEnv } from "@/lib/env";

/** How long one node may take to answer a purge before it counts as failed. */
const ATTEMPT_TIMEOUT_MS = 3000;
/** When a failed purge is tried again: soon, then less often, for about two minutes. */
export const RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10_000, 30_000, 60_000];

export interface TierPurgerOptions {
  /** The nodes' URLs (CACHE_PURGE_URLS). */
  nodes: readonly string[];
  /** CACHE_PURGE_TOKEN, sent with every purge. */
  token?: string;
  retryDelaysMs?: readonly number[];
  /** Where failures are reported. */
  log?: (message: string) => void;
}

/**
 * Purges the cache tier's nodes by surrogate key (deploy/varnish: `PURGE` with `xkey-purge`).
 * Resolves once every node has answered its first attempt, so that a change is purged before its
 * editor is answered and the next request sees it. A node that fails is reported and tried again
 * in the background; the change itself is saved already and is never lost to a failed purge.
 */
export function createTierPurger({
  nodes,
  token,
  retryDelaysMs = RETRY_DELAYS_MS,
  log = console.error,
}: TierPurgerOptions) {
  async function attempt(node: string, keys: string): Promise<string | null> {
    try {
      const response = await fetch(node, {
        method: "PURGE",
        headers: { "xkey-purge": keys, ...(token && { "purge-token": token }) },
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await response.body?.cancel();
      return response.ok ? null : `answered ${response.status}`;
    } catch (error) {
      return error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : "failed";
    }
  }

  function retry(node: string, keys: string, failure: string, tries: number): void {
    const delay = retryDelaysMs[tries];
    if (delay === undefined) {
      log(
        `[cache tier] gave up purging "${keys}" at ${node} after ${tries + 1} attempts (${failure}): ` +
          `it may serve those pages as they were until they are purged (README, "Deploy at scale")`,
      );
      return;
    }
    log(`[cache tier] purging "${keys}" at ${node} failed (${failure}); trying again in ${delay} ms`);
    setTimeout(async () => {
      const again = await attempt(node, keys);
      if (again !== null) retry(node, keys, again, tries + 1);
    }, delay).unref();
  }

  return async function purge(keys: readonly string[]): Promise<void> {
    if (nodes.length === 0 || keys.length === 0) return;
    const list = [...new Set(keys)].join(" ");
    await Promise.all(
      nodes.map(async (node) => {
        const failure = await attempt(node, list);
        if (failure !== null) retry(node, list, failure, 0);
      }),
    );
  };
}

let configured: ReturnType<typeof createTierPurger> | undefined;

/** Purges these surrogate keys on every node of CACHE_PURGE_URLS; nothing without a tier. */
export function purgeTier(keys: readonly string[]): Promise<void> {
  const { CACHE_PURGE_URLS, CACHE_PURGE_TOKEN } = getEnv();
  configured ??= createTierPurger({ nodes: CACHE_PURGE_URLS, token: CACHE_PURGE_TOKEN });
  return configured(keys);
}
