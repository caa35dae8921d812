// @ts-check
import { deserialize, serialize } from "node:v8";
import Redis from "ioredis";

// Removes every entry listed under each tag (KEYS), then the tag's list itself, in one atomic
// step, so no instance can read an entry of an invalidated tag afterwards.
const INVALIDATE_TAGS = `
for _, tagKey in ipairs(KEYS) do
  local entries = redis.call('SMEMBERS', tagKey)
  for i = 1, #entries, 500 do
    redis.call('UNLINK', unpack(entries, i, math.min(i + 499, #entries)))
  end
  redis.call('DEL', tagKey)
end
return #KEYS`;

/**
 * Entries in Redis, shared by every instance: each entry under `e:<key>` (V8-serialized, since
 * renders hold Buffers and Maps) with a TTL, and each tag as a set `t:<tag>` of its entries' keys.
 * @param {string} url
 * @returns {import("./cache-handler.d.mts").CacheStore}
 */
export function createRedisStore(url) {
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
      const transaction = redis.multi().set(`e:${key}`, serialize(entry), "PX", ttlMs);
      for (const tag of tags) transaction.sadd(`t:${tag}`, `e:${key}`).pexpire(`t:${tag}`, tagTtlMs);
      await transaction.exec();
    },
    async invalidate(tags) {
      await redis.eval(INVALIDATE_TAGS, tags.length, ...tags.map((tag) => `t:${tag}`));
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
