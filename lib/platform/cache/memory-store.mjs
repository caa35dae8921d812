// @ts-check
import { serialize } from "node:v8";
import { SETTLE_MS } from "./settle.mjs";

/** How many bytes an entry holds, as Redis would store it: nothing of its shape is assumed. */
function sizeOf(entry) {
  return serialize(entry).length;
}

/**
 * Entries in this process's memory, least recently used evicted past `maxBytes`; for a single
 * instance.
 * @param {number} [maxBytes]
 * @param {number} [settleMs] how long after a tag's invalidation its entries are not stored
 * @returns {import("./cache-handler.d.mts").CacheStore}
 */
export function createMemoryStore(maxBytes = 64 * 1024 * 1024, settleMs = SETTLE_MS) {
  /** @type {Map<string, { entry: import("./cache-handler.d.mts").StoredEntry; expiresAt: number; size: number; tags: string[] }>} */
  const entries = new Map();
  /** @type {Map<string, Set<string>>} */
  const keysByTag = new Map();
  /** @type {Map<string, number>} until when each recently invalidated tag's entries are not stored */
  const settling = new Map();
  let bytes = 0;

  function isSettling(tag) {
    const until = settling.get(tag);
    if (until === undefined) return false;
    if (until > Date.now()) return true;
    settling.delete(tag);
    return false;
  }

  function remove(key) {
    const held = entries.get(key);
    if (!held) return;
    entries.delete(key);
    bytes -= held.size;
    for (const tag of held.tags) keysByTag.get(tag)?.delete(key);
  }

  return {
    async get(key) {
      const held = entries.get(key);
      if (!held) return null;
      if (held.expiresAt <= Date.now()) {
        remove(key);
        return null;
      }
      // Most recently used last: eviction takes from the front.
      entries.delete(key);
      entries.set(key, held);
      return held.entry;
    },
    async set(key, entry, ttlMs, tags) {
      // It may hold what was read before an edit that invalidated one of its tags a moment ago.
      if (tags.some(isSettling)) return;
      remove(key);
      const size = sizeOf(entry);
      entries.set(key, { entry, expiresAt: Date.now() + ttlMs, size, tags });
      bytes += size;
      for (const tag of tags) {
        let keys = keysByTag.get(tag);
        if (!keys) keysByTag.set(tag, (keys = new Set()));
        keys.add(key);
      }
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes || oldest === key) break;
        remove(oldest);
      }
    },
    async invalidate(tags) {
      for (const tag of tags) {
        settling.set(tag, Date.now() + settleMs);
        for (const key of keysByTag.get(tag) ?? []) remove(key);
        keysByTag.delete(tag);
      }
    },
  };
}
