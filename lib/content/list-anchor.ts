import "server-only";
import { redirect } from "next/navigation";

/** A paged list that shows its entries in full, each under an anchor, instead of on pages of their own. */
export interface AnchoredList {
  path: string;
  pageSize: number;
  /** Every entry the list shows, in its order. */
  entries(): Promise<{ slug: string }[]>;
}

/** Where the list shows `slug`: the page it is on, at its anchor; null when it shows no such entry. */
export async function anchoredEntryUrl(list: AnchoredList, slug: string): Promise<string | null> {
  const index = (await list.entries()).findIndex((entry) => entry.slug === slug);
  if (index < 0) return null;
  const page = Math.floor(index / list.pageSize) + 1;
  return `${list.path}${page > 1 ? `?page=${page}` : ""}#${slug}`;
}

/**
 * The route handler of `<list>/at/<slug>`, the link to such an entry: it sends the reader to the
 * page the entry is on now (entries before it come and go), or to the list when it shows no such
 * entry (any more).
 */
export function redirectToAnchoredEntry(list: AnchoredList) {
  return async (_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<never> => {
    const { slug } = await params;
    redirect((await anchoredEntryUrl(list, slug)) ?? list.path);
  };
}
