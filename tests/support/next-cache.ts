// Stands in for `next/cache` under Vitest, where there is no Next.js request context: queries
// run uncached. Caching and invalidation themselves are exercised by the e2e suite.
export function unstable_cache<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn;
}

export function revalidateTag(): void {}
