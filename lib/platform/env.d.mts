// Types of env.mjs (plain JavaScript, as the cache handler reads it outside the bundle).
import type { z } from "zod";

export const PLATFORM_ENV_SHAPE: {
  REDIS_URL: z.ZodOptional<z.ZodURL>;
  CACHE_NAMESPACE: z.ZodDefault<z.ZodString>;
  BUILD_ID: z.ZodOptional<z.ZodString>;
};

export type TPlatformEnv = z.output<z.ZodObject<typeof PLATFORM_ENV_SHAPE>>;

export function parseEnvironment<Shape extends z.ZodRawShape>(
  shape: Shape,
  source?: Record<string, string | undefined>,
): z.output<z.ZodObject<Shape>>;

export function platformEnv(): TPlatformEnv;
