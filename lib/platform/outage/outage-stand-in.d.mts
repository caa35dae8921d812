// Types of outage-stand-in.mjs (plain JavaScript, as Next.js loads the cache handler outside the bundle).
import type { StoredEntry } from "../cache/cache-handler.d.mts";

export function installOutagePage(html: string): void;
export function staticPagePaths(serverDistDir: string): Set<string>;
export function outageStandIn(
  key: string,
  ctx: { kind?: string } | undefined,
  staticPaths: Set<string>,
): Promise<StoredEntry | null>;
