// The environment is parsed once for the app (lib/env.ts) and the cache handler alike, and a bad
// value stops the server with a message naming the variable.
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnvironment, PLATFORM_ENV_SHAPE } from "@/lib/platform/env.mjs";

const parse = (source: Record<string, string>) => parseEnvironment(PLATFORM_ENV_SHAPE, source);

describe("the cache handler's variables", () => {
  it("default to the in-memory cache under the tracker namespace", () => {
    expect(parse({})).toEqual({ CACHE_NAMESPACE: "tracker" });
    // An empty variable is unset, as in `REDIS_URL= next start`.
    expect(parse({ REDIS_URL: "", CACHE_NAMESPACE: "", BUILD_ID: "" })).toEqual({
      CACHE_NAMESPACE: "tracker",
    });
  });

  it("take a redis:// or rediss:// URL, a namespace and a build ID", () => {
    expect(
      parse({
        REDIS_URL: "rediss://user:secret@cache.internal:6380/2",
        CACHE_NAMESPACE: "e2e-3f9a",
        BUILD_ID: "v1.2.3",
      }),
    ).toEqual({
      REDIS_URL: "rediss://user:secret@cache.internal:6380/2",
      CACHE_NAMESPACE: "e2e-3f9a",
      BUILD_ID: "v1.2.3",
    });
  });

  it.each(["http://cache.internal:6379", "redis:/cache", "cache.internal:6379"])(
    "refuse REDIS_URL=%s, naming it",
    (url) => {
      expect(() => parse({ REDIS_URL: url })).toThrow(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
    },
  );

  it.each(["with space", "a:b", "keys*", "x".repeat(65)])(
    "refuse CACHE_NAMESPACE=%s, naming it",
    (namespace) => {
      expect(() => parse({ CACHE_NAMESPACE: namespace })).toThrow(/CACHE_NAMESPACE: must be 1 to 64 letters/);
    },
  );

  it("refuse a BUILD_ID that could not be a path segment, naming it", () => {
    expect(() => parse({ BUILD_ID: "../x" })).toThrow(/BUILD_ID: must be/);
  });

  it("name every bad variable at once", () => {
    expect(() => parse({ REDIS_URL: "nope", CACHE_NAMESPACE: "a b" })).toThrow(
      /Invalid environment:\n {2}REDIS_URL: .*\n {2}CACHE_NAMESPACE: /,
    );
  });
});

describe("getEnv", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("parses the cache handler's variables with the rest", async () => {
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:6379");
    vi.stubEnv("CACHE_NAMESPACE", "");
    const { getEnv } = await import("@/lib/env");
    expect(getEnv()).toMatchObject({ REDIS_URL: "redis://127.0.0.1:6379", CACHE_NAMESPACE: "tracker" });
  });

  it("fails fast on a bad REDIS_URL, naming it", async () => {
    vi.stubEnv("REDIS_URL", "localhost:6379");
    const { getEnv } = await import("@/lib/env");
    expect(() => getEnv()).toThrow(/REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/);
  });

  it("reads the cache tier's nodes as a list, none when unset, and names a bad one", async () => {
    const { getEnv } = await import("@/lib/env");
    expect(getEnv().CACHE_PURGE_URLS).toEqual([]);
    vi.resetModules();
    vi.stubEnv("CACHE_PURGE_URLS", " http://cache1:6081/, http://cache2/ ,");
    expect((await import("@/lib/env")).getEnv().CACHE_PURGE_URLS).toEqual([
      "http://cache1:6081/",
      "http://cache2/",
    ]);
    vi.resetModules();
    vi.stubEnv("CACHE_PURGE_URLS", "http://cache1/,cache2:80");
    const { getEnv: parseBad } = await import("@/lib/env");
    expect(() => parseBad()).toThrow(/CACHE_PURGE_URLS\.1: must be http\(s\) URLs/);
  });
});
