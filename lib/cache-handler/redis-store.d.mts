import type { CacheStore } from "./cache-handler.mjs";

export function createRedisStore(url: string): CacheStore;
export function deleteNamespace(url: string, namespace: string): Promise<void>;
