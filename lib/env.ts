import { z } from "zod";
import { DATABASE_URL_HINT, parseDialect } from "@/lib/platform/db/dialect";
import { parseEnvironment, PLATFORM_ENV_SHAPE } from "@/lib/platform/env.mjs";

/** The embedded default: an SQLite file beside the app, made on first start. */
export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

const ENV_SHAPE = {
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => parseDialect(url) !== undefined, { message: DATABASE_URL_HINT }),
  /** Public origin of canonical links and feeds; unset, both use http://localhost:3000. */
  SITE_URL: z.url().optional(),
  /** Signs sessions; made and kept in the data directory when unset on embedded SQLite. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /**
   * The cache tier's nodes (deploy/varnish), each purged by surrogate key on every change:
   * comma-separated http(s) URLs. Unset, there is no tier (the embedded default).
   */
  CACHE_PURGE_URLS: z
    .string()
    .optional()
    .transform((list) =>
      (list ?? "")
        .split(",")
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be http(s) URLs, separated by commas" }))),
  /**
   * The addresses of the proxies in front (the cache tier, a load balancer), comma-separated: a
   * client's address is the last one in X-Forwarded-For that is not theirs. Unset, the header may
   * be a client's own claim and no address is known (lib/auth/throttle.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((list) =>
      (list ?? "")
        .split(",")
        .map((address) => address.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()], { error: "must be IP addresses, separated by commas" }))),
  /**
   * How long one source's link may take to answer when checked (lib/sources/check-links.ts), in
   * milliseconds: its HEAD and any GET after it together.
   */
  SOURCE_CHECK_TIMEOUT_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int()
    .min(500)
    .max(30_000)
    .default(10_000),
  /** The pause between two checks of links on one host, in milliseconds. */
  SOURCE_CHECK_HOST_DELAY_MS: z.coerce
    .number({ error: "must be a whole number of milliseconds" })
    .int()
    .min(0)
    .max(60_000)
    .default(1_000),
  /** Sent with every purge; the tier refuses a purge without it (deploy/varnish). */
  CACHE_PURGE_TOKEN: z.string().min(16, "CACHE_PURGE_TOKEN must be at least 16 characters").optional(),
  // REDIS_URL, CACHE_NAMESPACE, BUILD_ID: read by the cache handler too, so defined beside it.
  ...PLATFORM_ENV_SHAPE,
};

export type TEnv = z.output<z.ZodObject<typeof ENV_SHAPE>>;

let parsed: TEnv | undefined;

/** Reads the environment once and fails fast with a message that names the bad variable. */
export function getEnv(): TEnv {
  return (parsed ??= parseEnvironment(ENV_SHAPE));
}
