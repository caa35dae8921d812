import { ZPageNumberSchema } from "@/lib/content/paginate";

/** What a list page is given: its query string, as Next.js parses it. */
export interface ListPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * A list page's query parameters, each with one value: a parameter given twice counts with its
 * last value (`?page=1&page=2` is page 2), and an empty one as not given.
 */
export async function listParams({ searchParams }: ListPageProps): Promise<Record<string, string>> {
  const selected: Record<string, string> = {};
  for (const [key, value] of Object.entries(await searchParams)) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last) selected[key] = last;
  }
  return selected;
}

/** The page of a paged list asked for (the first when none is, or nonsense). */
export async function listPage(props: ListPageProps): Promise<number> {
  return ZPageNumberSchema.parse((await listParams(props)).page);
}
