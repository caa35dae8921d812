import slugify from "slugify";

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

/** The longest slug the admin takes. */
export const SLUG_MAX = 100;

/**
 * A slug for a new entry from its title ("Mistral Medium 3" → "mistral-medium-3"), or "" when the
 * title has too little in Latin letters and digits to make one (a Chinese title): the editor
 * writes it then.
 */
export function suggestSlug(title: string): string {
  const slug = slugify(title, { lower: true, strict: true, trim: true })
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
  return SLUG_PATTERN.test(slug) ? slug : "";
}
