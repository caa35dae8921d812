// Types of cache-handler.mjs (plain JavaScript, as Next.js loads it outside the bundle).
export interface StoredEntry {
  lastModified: number;
  // What Next.js gave to keep, kept as it is (a query's result).
  value: unknown;
}

export interface CacheStore {
  get(key: string): Promise<StoredEntry | null>;
  set(key: string, entry: StoredEntry, ttlMs: number, tags: string[]): Promise<void>;
  invalidate(tags: string[]): Promise<void>;
}

export const MAX_TTL_MS: number;

export default class CacheHandler {
  constructor(ctx: { serverDistDir?: string });
  get(key: string): Promise<StoredEntry | null>;
  set(key: string, data: unknown, ctx: { tags?: string[] } | undefined): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
