// @ts-check
// How the environment is parsed (lib/env.ts), and the variables the cache handler reads. Plain
// JavaScript because Next.js loads the cache handler outside the bundle; lib/env.ts extends this
// shape, so each variable has one schema wherever it is read.
import { z } from "zod";

/** Safe inside a Redis key and a URL path: letters, digits, `.`, `_` and `-`. */
const TOKEN = /^[A-Za-z0-9._-]{1,64}$/;
const TOKEN_RULE = "1 to 64 letters, digits, '.', '_' or '-'";

export const PLATFORM_ENV_SHAPE = {
  /** The cache every instance shares; unset, each process keeps its own in memory. */
  REDIS_URL: z
    .url({
      protocol: /^rediss?$/,
      hostname: /./,
      error: "must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379",
    })
    .optional(),
  /** Prefix of this site's keys in Redis, for several sites (or test runs) on one Redis. */
  CACHE_NAMESPACE: z.string().regex(TOKEN, `must be ${TOKEN_RULE}`).default("tracker"),
  /** The build's ID (next.config.ts), the same for instances that each build for themselves. */
  BUILD_ID: z.string().regex(TOKEN, `must be ${TOKEN_RULE}`).optional(),
};

/**
 * The variables of `shape` from `source`, an empty one counting as unset. Fails fast with a
 * message that names each bad variable.
 * @template {z.ZodRawShape} Shape
 * @param {Shape} shape
 * @param {Record<string, string | undefined>} [source]
 * @returns {z.output<z.ZodObject<Shape>>}
 */
export function parseEnvironment(shape, source = process.env) {
  const values = Object.fromEntries(Object.keys(shape).map((name) => [name, source[name] || undefined]));
  const result = z.object(shape).safeParse(values);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

/** The cache handler's and the build's variables. */
export function platformEnv() {
  return parseEnvironment(PLATFORM_ENV_SHAPE);
}
