// The cache handler against a real Redis (REDIS_URL, default 127.0.0.1:6379; .ci/run starts
// it) and in memory. Two imports of the handler module stand for two instances of the site.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import {
  installDatabaseProbe,
  reportDatabaseAvailable,
  reportDatabaseUnavailable,
} from "@/lib/platform/outage/outage-state.mjs";
import { hashedScriptPolicy } from "@/lib/http/script-policy.mjs";
import { entryTtlMs, MAX_TTL_MS } from "./cache-handler.mjs";
import { createMemoryStore } from "./memory-store.mjs";
import { installOutagePage } from "../outage/outage-stand-in.mjs";
import { createRedisStore, deleteNamespace } from "./redis-store.mjs";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
/** The stores' moment after an invalidation, short here. */
const SETTLE_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const namespace = `test-${randomUUID().slice(0, 8)}`;
const dirs: string[] = [];

/** A build's output folder (`.next/server`) with its BUILD_ID and prerender manifest beside it. */
function buildDir(
  buildId: string,
  prerendered: Record<string, { initialRevalidateSeconds: number | false }> = {},
): string {
  const root = mkdtempSync(join(tmpdir(), "tracker-build-"));
  dirs.push(root);
  mkdirSync(join(root, "server"));
  writeFileSync(join(root, "BUILD_ID"), buildId);
  writeFileSync(join(root, "prerender-manifest.json"), JSON.stringify({ routes: prerendered }));
  return join(root, "server");
}

afterAll(async () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  await deleteNamespace(REDIS_URL, namespace);
});

/** The handler as a fresh instance of the site would load it. */
async function siteInstance(env: Record<string, string>, serverDistDir: string) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  const { default: CacheHandler } = await import("./cache-handler.mjs");
  const handler = new CacheHandler({ serverDistDir });
  vi.unstubAllEnvs();
  return handler;
}

const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc ${html}`),
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});

const pageContext = { cacheControl: { revalidate: false } };

describe.each([
  ["Redis", () => createRedisStore(REDIS_URL, SETTLE_MS)],
  ["memory", () => createMemoryStore(undefined, SETTLE_MS)],
])("the %s store", (_name, createStore) => {
  const store = createStore();
  const key = (name: string) => `${namespace}:store:${name}`;

  it("gives back what it holds, Buffers and Maps included", async () => {
    const entry = { lastModified: 1, value: page("<p>a</p>", "kind:MODEL") };
    await store.set(key("a"), entry, 60_000, [key("tag:MODEL")]);
    const read = await store.get(key("a"));
    expect(read).toEqual(entry);
    expect(Buffer.isBuffer(read?.value.rscData)).toBe(true);
    expect(read?.value.segmentData.get("/_tree")?.toString()).toBe("tree");
  });

  it("drops every entry of an invalidated tag, and only those", async () => {
    await store.set(key("m1"), { lastModified: 1, value: page("m1", "") }, 60_000, [key("t:MODEL")]);
    await store.set(key("m2"), { lastModified: 1, value: page("m2", "") }, 60_000, [
      key("t:MODEL"),
      key("t:EVENT"),
    ]);
    await store.set(key("r1"), { lastModified: 1, value: page("r1", "") }, 60_000, [key("t:ROUND")]);
    await store.invalidate([key("t:MODEL")]);
    expect(await store.get(key("m1"))).toBeNull();
    expect(await store.get(key("m2"))).toBeNull();
    expect((await store.get(key("r1")))?.value.html).toBe("r1");
  });

  it("stores nothing of a tag invalidated a moment ago (a render begun before the edit), then again", async () => {
    const late = { lastModified: 1, value: page("read before the edit", "") };
    await store.invalidate([key("t:FRESH")]);
    await store.set(key("late"), late, 60_000, [key("t:FRESH")]);
    expect(await store.get(key("late"))).toBeNull();
    await sleep(SETTLE_MS + 100);
    await store.set(key("late"), late, 60_000, [key("t:FRESH")]);
    expect(await store.get(key("late"))).toEqual(late);
  });

  it("drops an entry when its time is up, not later", async () => {
    await store.set(key("short"), { lastModified: 1, value: page("s", "") }, 150, []);
    expect(await store.get(key("short"))).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await store.get(key("short"))).toBeNull();
  });
});

describe("the handler shared by instances through Redis", () => {
  const env = { REDIS_URL, CACHE_NAMESPACE: namespace };
  const build = buildDir("build-1");

  it("serves a render made by one instance from another, until an edit on either", async () => {
    const one = await siteInstance(env, build);
    const two = await siteInstance(env, build);
    await one.set("/models", page("<h1>模型</h1>", "kind:MODEL,_N_T_/models"), pageContext);
    const read = await two.get("/models");
    expect(read?.value.html).toBe("<h1>模型</h1>");
    expect(read?.cacheControl).toEqual({ revalidate: false });

    await two.revalidateTag(["kind:MODEL"]);
    expect(await one.get("/models")).toBeNull();
  });

  it("invalidates cached query results by their tags as well", async () => {
    const one = await siteInstance(env, build);
    const two = await siteInstance(env, build);
    const query = { kind: "FETCH", data: { body: "[1,2]", headers: {}, url: "" }, revalidate: 31536000 };
    await one.set("query-key", query, { fetchCache: true, tags: ["kind:ROUND"] });
    expect((await two.get("query-key"))?.value).toEqual(query);
    await one.revalidateTag("kind:ROUND");
    expect(await two.get("query-key")).toBeNull();
  });

  it("keeps a route's answer, but never its error answer", async () => {
    const one = await siteInstance(env, build);
    const route = (status: number) => ({ kind: "APP_ROUTE", body: Buffer.from("feed"), headers: {}, status });
    await one.set("/feeds/-/site/feed.xml", route(503), pageContext);
    expect(await one.get("/feeds/-/site/feed.xml")).toBeNull();
    // A POST to a feed not yet rendered: its 405 is not every reader's feed.
    await one.set("/feeds/-/site/feed.xml", route(405), pageContext);
    expect(await one.get("/feeds/-/site/feed.xml")).toBeNull();
    await one.set("/feeds/-/site/feed.xml", route(200), pageContext);
    expect((await one.get("/feeds/-/site/feed.xml"))?.value.status).toBe(200);
  });

  it("gives a page's render the policy for its own inline scripts, on the request that made it too", async () => {
    const one = await siteInstance(env, build);
    const two = await siteInstance(env, build);
    const render = page("<h1>模型</h1><script>alert(1)</script>", "kind:EXPLAINER");
    await one.set("/models/codestral", render, pageContext);
    // Next.js answers the rendering request with the very headers it stored.
    const policy = hashedScriptPolicy("<script>alert(1)</script>");
    expect(render.headers).toMatchObject({ "content-security-policy": policy });
    expect((await two.get("/models/codestral"))?.value.headers).toEqual({
      "x-next-cache-tags": "kind:EXPLAINER",
      "content-security-policy": policy,
    });
  });

  it("never serves one build's renders to another", async () => {
    const one = await siteInstance(env, build);
    const next = await siteInstance(env, buildDir("build-2"));
    await one.set("/funding", page("old", "kind:PRODUCT"), pageContext);
    expect((await one.get("/funding"))?.value.html).toBe("old");
    expect(await next.get("/funding")).toBeNull();
  });

  it("can drop one namespace whole, leaving others", async () => {
    const other = `${namespace}-other`;
    const mine = await siteInstance(env, build);
    const theirs = await siteInstance({ ...env, CACHE_NAMESPACE: other }, build);
    await mine.set("/people", page("mine", "kind:PERSON"), pageContext);
    await theirs.set("/people", page("theirs", "kind:PERSON"), pageContext);
    await deleteNamespace(REDIS_URL, other);
    expect(await theirs.get("/people")).toBeNull();
    expect((await mine.get("/people"))?.value.html).toBe("mine");
  });

  it("answers a miss, and never throws, while Redis cannot be reached", async () => {
    const cut = await siteInstance({ REDIS_URL: "redis://127.0.0.1:1", CACHE_NAMESPACE: namespace }, build);
    await expect(cut.set("/timeline", page("t", "kind:EVENT"), pageContext)).resolves.toBeUndefined();
    await expect(cut.get("/timeline")).resolves.toBeNull();
    await expect(cut.revalidateTag("kind:EVENT")).resolves.toBeUndefined();
  });
});

describe("a page with no render while the database is out of reach", () => {
  const build = buildDir("build-outage", {
    "/about": { initialRevalidateSeconds: false },
    "/og/home.png": { initialRevalidateSeconds: false },
  });
  // Response cache keys as Next.js makes them: the page's path comes last, after `/$`.
  const pageKey = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;
  const pageGet = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
  installOutagePage("<h1>页面暂时无法加载</h1>");
  // The app's probe queries the database, and the query reports how it went.
  const probes: string[] = [];
  const probeFinding = (answers: boolean) => async () => {
    probes.push("asked");
    if (answers) reportDatabaseAvailable();
    else reportDatabaseUnavailable();
  };
  afterEach(() => {
    installDatabaseProbe(probeFinding(true));
    reportDatabaseAvailable();
    probes.length = 0;
  });

  it("is answered with the outage page, 503 and Retry-After, while a page with a render keeps it", async () => {
    const handler = await siteInstance({}, build);
    await handler.set(pageKey("/models/-/-"), page("<h1>模型</h1>", "kind:MODEL"), pageContext);
    reportDatabaseUnavailable();

    const standIn = await handler.get(pageKey("/search/-/q=停机"), pageGet);
    expect(standIn?.value).toMatchObject({
      kind: "APP_PAGE",
      html: "<h1>页面暂时无法加载</h1>",
      status: 503,
      headers: { "retry-after": "30", "content-security-policy": "script-src 'self'" },
    });
    expect(standIn?.value.rscData).toEqual(Buffer.alloc(0));
    expect((await handler.get(pageKey("/models/-/-"), pageGet))?.value.html).toBe("<h1>模型</h1>");
  });

  it("asks the database first when no outage is known, and only for a page that reads data", async () => {
    const handler = await siteInstance({}, build);
    installDatabaseProbe(probeFinding(true));
    expect(await handler.get(pageKey("/search/-/q=停机"), pageGet)).toBeNull();
    expect(probes).toHaveLength(1);

    installDatabaseProbe(probeFinding(false));
    expect(await handler.get(pageKey("/about"), pageGet)).toBeNull();
    expect(await handler.get("query-key", { kind: "FETCH" })).toBeNull();
    expect(probes).toHaveLength(1);
    expect((await handler.get(pageKey("/search/-/q=停机"), pageGet))?.value.status).toBe(503);
    expect(probes).toHaveLength(2);
    // Known now: not asked again until a query finds the database back.
    expect((await handler.get(pageKey("/timeline/-/-"), pageGet))?.value.status).toBe(503);
    expect(probes).toHaveLength(2);
  });

  it("is rendered as usual when the database answers, and so are static pages, routes and queries", async () => {
    const handler = await siteInstance({}, build);
    expect(await handler.get(pageKey("/search/-/q=停机"), pageGet)).toBeNull();

    reportDatabaseUnavailable();
    expect(await handler.get(pageKey("/about"), pageGet)).toBeNull();
    expect(
      await handler.get("/route-cache/APP_ROUTE/0123abcd/$/feeds/-/site/feed.xml", { kind: "APP_ROUTE" }),
    ).toBeNull();
    expect(await handler.get("query-key", { kind: "FETCH" })).toBeNull();

    reportDatabaseAvailable();
    expect(await handler.get(pageKey("/search/-/q=停机"), pageGet)).toBeNull();
  });
});

describe("an entry's lifetime", () => {
  it("is its revalidate time when it has one, else the store's bound", () => {
    expect(entryTtlMs(page("", ""), { cacheControl: { revalidate: 42 } })).toBe(42_000);
    expect(entryTtlMs(page("", ""), { cacheControl: { revalidate: false } })).toBe(MAX_TTL_MS);
    expect(entryTtlMs({ kind: "FETCH", revalidate: 5 }, { fetchCache: true })).toBe(5_000);
    expect(entryTtlMs({ kind: "FETCH", revalidate: 31536000 }, { fetchCache: true })).toBe(MAX_TTL_MS);
  });
});

describe("the memory store", () => {
  it("evicts the least recently used entries past its size", async () => {
    const store = createMemoryStore(2_500);
    const entry = (html: string) => ({ lastModified: 1, value: { kind: "APP_PAGE", html } });
    await store.set("a", entry("a".repeat(1000)), 60_000, []);
    await store.set("b", entry("b".repeat(1000)), 60_000, []);
    await store.get("a");
    await store.set("c", entry("c".repeat(1000)), 60_000, []);
    expect(await store.get("b")).toBeNull();
    expect(await store.get("a")).not.toBeNull();
    expect(await store.get("c")).not.toBeNull();
  });
});
