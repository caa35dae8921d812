// @ts-check
// Next.js loads this file itself at run time (next.config.ts `cacheHandler`), outside the
// bundle, so it is plain JavaScript.
import { readFileSync } from "node:fs";
import path from "node:path";
import { hashedScriptPolicy } from "../../http/script-policy.mjs";
import { platformEnv } from "../env.mjs";
import { outageStandIn, staticPagePaths } from "../outage/outage-stand-in.mjs";
import { createMemoryStore } from "./memory-store.mjs";
import { createRedisStore } from "./redis-store.mjs";

/**
 * The one server cache behind both of Next's caches that this site uses: full renders of the
 * public pages and feeds (ISR) and cached query results (unstable_cache, lib/platform/cache/cached-query.ts).
 *
 * With REDIS_URL set, entries live in Redis, so every instance of the site reads the same
 * renders and an edit saved through any instance invalidates them for all. Without it they live
 * in this process's memory: right for the single instance the embedded SQLite default runs.
 *
 * The same rules hold in both stores:
 * - revalidateTag removes every entry carrying the tag at once; the next request renders afresh
 *   (never the old render while a new one is made).
 * - An entry past its revalidate time is gone rather than stale: a page that holds a scheduled
 *   entry is given that moment as its lifetime (cached-query.ts), and readers see the entry then.
 * - Keys are scoped by CACHE_NAMESPACE and the build ID: instances must run the same build, and
 *   a new deployment never serves renders of an older one.
 * - While the database is out of reach, a page with no render here is answered with the outage
 *   page (outage-stand-in.mjs) rather than rendered.
 */

/** Entries live at most this long (a bound on the store), unless revalidated sooner. */
export const MAX_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const CACHE_TAGS_HEADER = "x-next-cache-tags";
const SCRIPT_POLICY_HEADER = "content-security-policy";

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

/** @type {Map<string, { scope: string; staticPaths: Set<string> }>} */
const builds = new Map();

/**
 * What the handler needs of the build next to the server's output, read once: its keys' scope
 * `<namespace>:<build id>:`, and the pages it prerendered.
 */
function buildFor(serverDistDir = "") {
  let build = builds.get(serverDistDir);
  if (build === undefined) {
    let buildId = "dev";
    try {
      buildId = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      // `next dev` has no BUILD_ID (and caches nothing for long anyway).
    }
    build = {
      scope: `${platformEnv().CACHE_NAMESPACE}:${buildId}:`,
      staticPaths: staticPagePaths(serverDistDir),
    };
    builds.set(serverDistDir, build);
  }
  return build;
}

/**
 * Tags an entry is invalidated by: a page's or route's come with its headers, a query's with
 * its context.
 * @param {any} data
 * @param {any} ctx
 * @returns {string[]}
 */
export function entryTags(data, ctx) {
  const header = data?.headers?.[CACHE_TAGS_HEADER];
  if (typeof header === "string" && header) return header.split(",");
  return Array.isArray(ctx?.tags) ? ctx.tags : [];
}

/**
 * How long an entry may be served: its revalidate time (a query's own, or a render's cache
 * control), else the store's bound.
 * @param {any} data
 * @param {any} ctx
 * @returns {number}
 */
export function entryTtlMs(data, ctx) {
  const revalidate = data?.kind === "FETCH" ? data.revalidate : ctx?.cacheControl?.revalidate;
  if (typeof revalidate !== "number" || revalidate <= 0) return MAX_TTL_MS;
  return Math.min(revalidate * 1000, MAX_TTL_MS);
}

/**
 * Gives a page's render the policy that lets its own inline scripts run and no others
 * (lib/http/script-policy.mjs), among the headers it is served with. In place: Next.js answers
 * the request that rendered the page with these same headers, after storing them.
 * @param {{ html?: unknown; headers?: Record<string, unknown> }} data
 */
function allowOwnScripts(data) {
  if (typeof data.html !== "string" || !data.headers) return;
  data.headers[SCRIPT_POLICY_HEADER] = hashedScriptPolicy(data.html);
}

/** @param {unknown} error */
function warn(what, error) {
  console.warn(`[cache] ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}

export default class CacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    const { scope, staticPaths } = buildFor(ctx.serverDistDir);
    this.scope = scope;
    this.staticPaths = staticPaths;
    this.store = store();
  }

  /**
   * A miss when the store cannot answer: the page is then rendered afresh, as Next expects of a
   * handler (a thrown error would fail the request instead). A page's miss while the database is
   * out of reach is answered with the outage page.
   * @param {string} key
   * @param {{ kind?: string }} [ctx]
   */
  async get(key, ctx) {
    try {
      const entry = await this.store.get(this.scope + key);
      if (entry) return entry;
    } catch (error) {
      warn("read", error);
    }
    return outageStandIn(key, ctx, this.staticPaths);
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    // A route's error answer is for that request only: a server error (a feed while the database
    // is out of reach) would outlive the outage, and a POST to a feed not yet rendered (405) would
    // be every reader's feed until it next changes.
    if (!data || (data.kind === "APP_ROUTE" && data.status >= 400)) return;
    if (data.kind === "APP_PAGE") allowOwnScripts(data);
    /** @type {import("./cache-handler.d.mts").StoredEntry} */
    const entry = { lastModified: Date.now(), value: data };
    if (!ctx?.fetchCache && ctx?.cacheControl) entry.cacheControl = ctx.cacheControl;
    const tags = entryTags(data, ctx).map((tag) => this.scope + tag);
    try {
      await this.store.set(this.scope + key, entry, entryTtlMs(data, ctx), tags);
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
      // The edit itself is saved; readers may see the old render until the store answers again.
      warn("invalidation", error);
    }
  }

  resetRequestCache() {}
}
