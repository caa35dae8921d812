import type { EntryKind } from "@/lib/content/types";

/**
 * The public page that shows an entry. People and products have none of their own: their link
 * finds the page of their paged list that shows them (lib/content/list-anchor.ts).
 */
export function entryPath(kind: EntryKind, slug: string): string {
  switch (kind) {
    case "MODEL":
      return `/models/${slug}`;
    case "ROUND":
      return `/funding/${slug}`;
    case "PARTNERSHIP":
      return `/partnerships/${slug}`;
    case "ORGANIZATION":
      return `/organizations/${slug}`;
    case "EVENT":
      return `/events/${slug}`;
    case "PRODUCT":
      return `/products/at/${slug}`;
    case "PERSON":
      return `/people/at/${slug}`;
    case "EXPLAINER":
      return `/#${slug}`;
  }
}

/** A source's place in the bibliography, found as a person's is. */
export function sourcePath(slug: string): string {
  return `/sources/at/${slug}`;
}

/** A link to an entry's public page, labelled with its name. */
export function entryLink(kind: EntryKind, entry: { slug: string; name: string }) {
  return { href: entryPath(kind, entry.slug), label: entry.name };
}
