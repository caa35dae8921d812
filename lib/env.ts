import { z } from "zod";
import { DATABASE_URL_HINT, parseDialect } from "@/lib/platform/db/dialect";

/** The embedded default: an SQLite file beside the app, made on first start. */
export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

const ZEnvSchema = z.object({
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
});

export type TEnv = z.infer<typeof ZEnvSchema>;

let parsed: TEnv | undefined;

/** Reads the environment once and fails fast with a message that names the bad variable. */
export function getEnv(): TEnv {
  if (parsed) return parsed;
  const result = ZEnvSchema.safeParse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    SITE_URL: process.env.SITE_URL || undefined,
    AUTH_SECRET: process.env.AUTH_SECRET || undefined,
  });
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  parsed = result.data;
  return parsed;
}
