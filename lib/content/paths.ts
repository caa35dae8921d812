import type { EntryKind } from "@/lib/content/types";

/** The public page that shows an entry. Kinds without a page of their own use an anchor. */
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
      return `/products#${slug}`;
    case "PERSON":
      return `/people#${slug}`;
    case "EXPLAINER":
      return `/#${slug}`;
  }
}

/** A link to an entry's public page, labelled with its name. */
export function entryLink(kind: EntryKind, entry: { slug: string; name: string }) {
  return { href: entryPath(kind, entry.slug), label: entry.name };
}
