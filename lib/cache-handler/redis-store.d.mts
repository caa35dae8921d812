import type { CacheStore } from "./cache-handler.mjs";

export function createRedisStore(url: string): CacheStore;
