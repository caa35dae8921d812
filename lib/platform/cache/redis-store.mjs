// @ts-check
import { deserialize, serialize } from "node:v8";
import Redis from "ioredis";
import { SETTLE_MS } from "./settle.mjs";

// Removes every entry listed under each tag (KEYS, `t:<tag>`), then the tag's list itself, and
// marks the tag as just invalidated (`i:<tag>`, for ARGV[1] ms), in one atomic step: no instance
// can read an entry of an invalidated tag afterwards, nor store one for a moment.
const INVALIDATE_TAGS = `
for _, tagKey in ipairs(KEYS) do
  local entries = redis.call('SMEMBERS', tagKey)
  for i = 1, #entries, 500 do
    redis.call('UNLINK', unpack(entries, i, math.min(i + 499, #entries)))
  end
  redis.call('DEL', tagKey)
  redis.call('SET', 'i:' .. string.sub(tagKey, 3), '1', 'PX', ARGV[1])
end
return #KEYS`;

// Stores the entry KEYS[1] (ARGV[1], for ARGV[2] ms) and lists it under its tags' sets
// (KEYS[2…], kept ARGV[3] ms), unless one of those tags was invalidated a moment ago: then it
// may hold what was read before the edit, and is not stored (returns 0).
const STORE_ENTRY = `
for i = 2, #KEYS do
  if redis.call('EXISTS', 'i:' .. string.sub(KEYS[i], 3)) == 1 then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
for i = 2, #KEYS do
  redis.call('SADD', KEYS[i], KEYS[1])
  redis.call('PEXPIRE', KEYS[i], ARGV[3])
end
return 1`;

/**
 * Entries in Redis, shared by every instance: each entry under `e:<key>` (V8-serialized, which
 * keeps Buffers and Maps) with a TTL, and each tag as a set `t:<tag>` of its entries' keys.
 * @param {string} url
 * @param {number} [settleMs] how long after a tag's invalidation its entries are not stored
 * @returns {import("./cache-handler.d.mts").CacheStore}
 */
export function createRedisStore(url, settleMs = SETTLE_MS) {
  const redis = new Redis(url, {
    // While Redis is away a command fails after one reconnection attempt, and the handler treats
    // it as a miss: pages are rendered afresh rather than wait. The timeout is for a Redis that
    // hangs; it is generous because a busy server also answers late.
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
    connectTimeout: 2000,
  });
  redis.on("error", () => {
    // Each failed command is reported by the handler; ioredis reconnects on its own.
  });
  // A tag's set outlives every entry it lists.
  const tagTtlMs = 8 * 24 * 60 * 60 * 1000;

  return {
    async get(key) {
      const raw = await redis.getBuffer(`e:${key}`);
      return raw ? deserialize(raw) : null;
    },
    async set(key, entry, ttlMs, tags) {
      const keys = [`e:${key}`, ...tags.map((tag) => `t:${tag}`)];
      await redis.eval(STORE_ENTRY, keys.length, ...keys, serialize(entry), ttlMs, tagTtlMs);
    },
    async invalidate(tags) {
      await redis.eval(INVALIDATE_TAGS, tags.length, ...tags.map((tag) => `t:${tag}`), settleMs);
    },
  };
}

/**
 * Removes every entry and tag of one CACHE_NAMESPACE (all builds), e.g. after a benchmark.
 * @param {string} url
 * @param {string} namespace
 */
export async function deleteNamespace(url, namespace) {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    for (const pattern of [`e:${namespace}:*`, `t:${namespace}:*`]) {
      for await (const keys of redis.scanStream({ match: pattern, count: 500 })) {
        if (keys.length) await redis.unlink(...keys);
      }
    }
  } finally {
    redis.disconnect();
  }
}
