// The cache handler against a real Redis (REDIS_URL, default 127.0.0.1:6379; .ci/run starts
// it) and in memory. Two imports of the handler module stand for two instances of the site.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createMemoryStore } from "./memory-store.mjs";
import { createRedisStore, deleteNamespace } from "./redis-store.mjs";

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
/** The stores' moment after an invalidation, short here. */
const SETTLE_MS = 150;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const namespace = `test-${randomUUID().slice(0, 8)}`;
const dirs: string[] = [];

/** A build's output folder (`.next/server`) with its BUILD_ID beside it. */
function buildDir(buildId: string): string {
  const root = mkdtempSync(join(tmpdir(), "tracker-build-"));
  dirs.push(root);
  mkdirSync(join(root, "server"));
  writeFileSync(join(root, "BUILD_ID"), buildId);
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

/** What Next.js gives to keep: opaque to the handler, Buffers and Maps included. */
const value = (text: string) => ({
  kind: "FETCH",
  data: { body: text, headers: {}, url: "" },
  buffer: Buffer.from(`raw ${text}`),
  parts: new Map([["/_tree", Buffer.from("tree")]]),
});
const tagged = (...tags: string[]) => ({ fetchCache: true, tags });

describe.each([
  ["Redis", () => createRedisStore(REDIS_URL, SETTLE_MS)],
  ["memory", () => createMemoryStore(undefined, SETTLE_MS)],
])("the %s store", (_name, createStore) => {
  const store = createStore();
  const key = (name: string) => `${namespace}:store:${name}`;

  it("gives back what it holds, Buffers and Maps included", async () => {
    const entry = { lastModified: 1, value: value("<p>a</p>") };
    await store.set(key("a"), entry, 60_000, [key("tag:MODEL")]);
    const read = (await store.get(key("a"))) as { value: ReturnType<typeof value> } | null;
    expect(read).toEqual(entry);
    expect(Buffer.isBuffer(read?.value.buffer)).toBe(true);
    expect(read?.value.parts.get("/_tree")?.toString()).toBe("tree");
  });

  it("drops every entry of an invalidated tag, and only those", async () => {
    await store.set(key("m1"), { lastModified: 1, value: value("m1") }, 60_000, [key("t:MODEL")]);
    await store.set(key("m2"), { lastModified: 1, value: value("m2") }, 60_000, [
      key("t:MODEL"),
      key("t:EVENT"),
    ]);
    await store.set(key("r1"), { lastModified: 1, value: value("r1") }, 60_000, [key("t:ROUND")]);
    await store.invalidate([key("t:MODEL")]);
    expect(await store.get(key("m1"))).toBeNull();
    expect(await store.get(key("m2"))).toBeNull();
    expect((await store.get(key("r1")))?.value).toEqual(value("r1"));
  });

  it("stores nothing of a tag invalidated a moment ago (a render begun before the edit), then again", async () => {
    const late = { lastModified: 1, value: value("read before the edit") };
    await store.invalidate([key("t:FRESH")]);
    await store.set(key("late"), late, 60_000, [key("t:FRESH")]);
    expect(await store.get(key("late"))).toBeNull();
    await sleep(SETTLE_MS + 100);
    await store.set(key("late"), late, 60_000, [key("t:FRESH")]);
    expect(await store.get(key("late"))).toEqual(late);
  });

  it("drops an entry when its time is up, not later", async () => {
    await store.set(key("short"), { lastModified: 1, value: value("s") }, 150, []);
    expect(await store.get(key("short"))).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await store.get(key("short"))).toBeNull();
  });
});

describe("the handler shared by instances through Redis", () => {
  const env = { REDIS_URL, CACHE_NAMESPACE: namespace };
  const build = buildDir("build-1");

  it("serves a result kept by one instance from another, as it was given, until an edit on either", async () => {
    const one = await siteInstance(env, build);
    const two = await siteInstance(env, build);
    await one.set("models-query", value("[1,2]"), tagged("kind:MODEL", "kind:SOURCE"));
    expect((await two.get("models-query"))?.value).toEqual(value("[1,2]"));

    await two.revalidateTag(["kind:SOURCE"]);
    expect(await one.get("models-query")).toBeNull();
  });

  it("keeps nothing for nothing, and an untagged result until its bound", async () => {
    const one = await siteInstance(env, build);
    await one.set("nothing", null, tagged("kind:ROUND"));
    expect(await one.get("nothing")).toBeNull();
    await one.set("untagged", value("u"), undefined);
    expect((await one.get("untagged"))?.value).toEqual(value("u"));
  });

  it("never serves one build's results to another", async () => {
    const one = await siteInstance(env, build);
    const next = await siteInstance(env, buildDir("build-2"));
    await one.set("funding-query", value("old"), tagged("kind:PRODUCT"));
    expect((await one.get("funding-query"))?.value).toEqual(value("old"));
    expect(await next.get("funding-query")).toBeNull();
  });

  it("can drop one namespace whole, leaving others", async () => {
    const other = `${namespace}-other`;
    const mine = await siteInstance(env, build);
    const theirs = await siteInstance({ ...env, CACHE_NAMESPACE: other }, build);
    await mine.set("people-query", value("mine"), tagged("kind:PERSON"));
    await theirs.set("people-query", value("theirs"), tagged("kind:PERSON"));
    await deleteNamespace(REDIS_URL, other);
    expect(await theirs.get("people-query")).toBeNull();
    expect((await mine.get("people-query"))?.value).toEqual(value("mine"));
  });

  it("answers a miss, and never throws, while Redis cannot be reached", async () => {
    const cut = await siteInstance({ REDIS_URL: "redis://127.0.0.1:1", CACHE_NAMESPACE: namespace }, build);
    await expect(cut.set("timeline-query", value("t"), tagged("kind:EVENT"))).resolves.toBeUndefined();
    await expect(cut.get("timeline-query")).resolves.toBeNull();
    await expect(cut.revalidateTag("kind:EVENT")).resolves.toBeUndefined();
  });
});

describe("the memory store", () => {
  it("evicts the least recently used entries past its size", async () => {
    const store = createMemoryStore(2_500);
    const entry = (text: string) => ({ lastModified: 1, value: text });
    await store.set("a", entry("a".repeat(1000)), 60_000, []);
    await store.set("b", entry("b".repeat(1000)), 60_000, []);
    await store.get("a");
    await store.set("c", entry("c".repeat(1000)), 60_000, []);
    expect(await store.get("b")).toBeNull();
    expect(await store.get("a")).not.toBeNull();
    expect(await store.get("c")).not.toBeNull();
  });
});
