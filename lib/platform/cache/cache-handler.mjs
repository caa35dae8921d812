// @ts-check
// Next.js loads this file itself at run time (next.config.ts `cacheHandler`), outside the
// bundle, so it is plain JavaScript.
import { readFileSync } from "node:fs";
import path from "node:path";
import { platformEnv } from "../env.mjs";
import { createMemoryStore } from "./memory-store.mjs";
import { createRedisStore } from "./redis-store.mjs";

/**
 * The cache behind Next's `unstable_cache`: the public queries' results
 * (lib/content/cached-query.ts). Pages themselves are rendered for each request and kept by
 * the cache tier in front (deploy/varnish); this handler only stores what Next gives it, as it is,
 * under the tags Next names (`ctx.tags`), through the documented interface (get, set,
 * revalidateTag): it reads nothing of a value's shape.
 *
 * With REDIS_URL set, entries live in Redis, so every instance of the site reads the same results
 * and an edit saved through any instance invalidates them for all. Without it they live in this
 * process's memory: right for the single instance the embedded SQLite default runs.
 *
 * The same rules hold in both stores:
 * - revalidateTag removes every entry carrying the tag at once; the next request reads afresh
 *   (never the old result while a new one is read).
 * - Keys are scoped by CACHE_NAMESPACE and the build ID: instances must run the same build, and
 *   a new deployment never reads results of an older one.
 */

/** Entries live at most this long (a bound on the store), unless invalidated sooner. */
export const MAX_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** @type {import("./cache-handler.d.mts").CacheStore | undefined} */
let sharedStore;

/** The process's store: one Redis connection or one memory cache for every request. */
function store() {
  if (!sharedStore) {
    const { REDIS_URL } = platformEnv();
    sharedStore = REDIS_URL ? createRedisStore(REDIS_URL) : createMemoryStore();
  }
  return sharedStore;
}

/** @type {Map<string, string>} */
const scopes = new Map();

/** The keys' scope `<namespace>:<build id>:` of the build next to the server's output, read once. */
function scopeFor(serverDistDir = "") {
  let scope = scopes.get(serverDistDir);
  if (scope === undefined) {
    let buildId = "dev";
    try {
      buildId = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      // `next dev` has no BUILD_ID (and caches nothing for long anyway).
    }
    scope = `${platformEnv().CACHE_NAMESPACE}:${buildId}:`;
    scopes.set(serverDistDir, scope);
  }
  return scope;
}

/** @param {unknown} error */
function warn(what, error) {
  console.warn(`[cache] ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}

export default class CacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    this.scope = scopeFor(ctx.serverDistDir);
    this.store = store();
  }

  /**
   * A miss when the store cannot answer: the query then runs afresh, as Next expects of a
   * handler (a thrown error would fail the request instead).
   * @param {string} key
   */
  async get(key) {
    try {
      return await this.store.get(this.scope + key);
    } catch (error) {
      warn("read", error);
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {unknown} data
   * @param {{ tags?: string[] } | undefined} ctx
   */
  async set(key, data, ctx) {
    if (!data) return;
    const tags = (ctx?.tags ?? []).map((tag) => this.scope + tag);
    try {
      await this.store.set(this.scope + key, { lastModified: Date.now(), value: data }, MAX_TTL_MS, tags);
    } catch (error) {
      warn("write", error);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).map((tag) => this.scope + tag);
    if (list.length === 0) return;
    try {
      await this.store.invalidate(list);
    } catch (error) {
      // The edit itself is saved; readers may see the old result until the store answers again.
      warn("invalidation", error);
    }
  }

  resetRequestCache() {}
}
