import { kindOfCode, kindPagePath, type ContentKind, type EntryKind } from "@/lib/kinds";

/**
 * The public page that shows an entry. People, products and sources have none of their own:
 * their link finds the page of their paged list that shows them (lib/content/list-anchor.ts).
 */
export function entryPath(kind: ContentKind, slug: string): string {
  return kindPagePath(kindOfCode(kind).page, slug);
}

/** A source's place in the bibliography, found as a person's is. */
export function sourcePath(slug: string): string {
  return entryPath("SOURCE", slug);
}

/** A link to an entry's public page, labelled with its name. */
export function entryLink(kind: EntryKind, entry: { slug: string; name: string }) {
  return { href: entryPath(kind, entry.slug), label: entry.name };
}
