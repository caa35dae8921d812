/** What every entry's slug looks like (the admin allows no other). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A lookup by slug that answers null, without asking the database, for a slug no entry can have:
 * PostgreSQL refuses text holding NUL, and every junk slug would otherwise cache an answer.
 */
export function lookupBySlug<T>(
  lookup: (slug: string) => Promise<T | null>,
): (slug: string) => Promise<T | null> {
  return (slug) => (SLUG_PATTERN.test(slug) ? lookup(slug) : Promise.resolve(null));
}
