import type { CacheStore } from "./cache-handler.mjs";

export function createMemoryStore(maxBytes?: number, settleMs?: number): CacheStore;
