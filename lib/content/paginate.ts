import { z } from "zod";

/** A list page's `page` parameter: a whole number from 1; anything else is the first page. */
export const ZPageNumberSchema = z.coerce.number().int().min(1).catch(1).default(1);

/** Entries per page of the catalogue-style lists (models, funding rounds, partnerships, sources, the timeline). */
export const LIST_PAGE_SIZE = 20;

/** Entries per page of the lists that show each entry in full (people, products). */
export const FULL_ENTRY_PAGE_SIZE = 12;

export interface PageOf<T> {
  items: T[];
  total: number;
  /** The page shown: the one asked for, brought within 1…pageCount. */
  page: number;
  pageCount: number;
}

/** The page shown for `requested` among `total` entries: a page past the end is the last one. */
function pageBounds(total: number, requested: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, skip: (page - 1) * size };
}

/** One page of `all`; a page past the end shows the last one. */
export function paginate<T>(all: readonly T[], requested: number, size: number = LIST_PAGE_SIZE): PageOf<T> {
  const { page, pageCount, skip } = pageBounds(all.length, requested, size);
  return { items: all.slice(skip, skip + size), total: all.length, page, pageCount };
}

/**
 * One page of a list that the database pages itself: `count` says how many entries there are,
 * `rows` reads the page's. Only the rows shown are read, so a list of thousands costs what one
 * page does (and stays within the database's limit on query parameters).
 */
export async function queryPage<T>(
  requested: number,
  count: () => Promise<number>,
  rows: (window: { skip: number; take: number }) => Promise<T[]>,
  size: number = LIST_PAGE_SIZE,
): Promise<PageOf<T>> {
  const total = await count();
  const { page, pageCount, skip } = pageBounds(total, requested, size);
  const items = total === 0 ? [] : await rows({ skip, take: size });
  return { items, total, page, pageCount };
}
