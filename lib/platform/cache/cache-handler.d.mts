// Types of cache-handler.mjs (plain JavaScript, as Next.js loads it outside the bundle).
export interface StoredEntry {
  lastModified: number;
  // Next.js's own cache value shapes (a page's render, a route's body, a query's result).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value: any;
  cacheControl?: { revalidate: number | false; expire?: number };
}

export interface CacheStore {
  get(key: string): Promise<StoredEntry | null>;
  set(key: string, entry: StoredEntry, ttlMs: number, tags: string[]): Promise<void>;
  invalidate(tags: string[]): Promise<void>;
}

export const MAX_TTL_MS: number;
export function entryTags(data: unknown, ctx: unknown): string[];
export function entryTtlMs(data: unknown, ctx: unknown): number;

export default class CacheHandler {
  constructor(ctx: { serverDistDir?: string });
  get(key: string, ctx?: { kind?: string }): Promise<StoredEntry | null>;
  set(key: string, data: unknown, ctx: unknown): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
