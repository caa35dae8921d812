import type { CacheStore } from "./cache-handler.mjs";

export function createRedisStore(url: string, settleMs?: number): CacheStore;
export function deleteNamespace(url: string, namespace: string): Promise<void>;
