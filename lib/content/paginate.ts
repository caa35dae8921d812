import { z } from "zod";

/** A list page's `page` parameter: a whole number from 1; anything else is the first page. */
export const ZPageNumberSchema = z.coerce.number().int().min(1).catch(1).default(1);

/** Entries per page of the catalogue-style lists (models, funding rounds, partnerships). */
export const LIST_PAGE_SIZE = 24;

export interface PageOf<T> {
  items: T[];
  total: number;
  /** The page shown: the one asked for, brought within 1…pageCount. */
  page: number;
  pageCount: number;
}

/** One page of `all`; a page past the end shows the last one. */
export function paginate<T>(all: readonly T[], requested: number, size: number = LIST_PAGE_SIZE): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(all.length / size));
  const page = Math.min(Math.max(1, requested), pageCount);
  const start = (page - 1) * size;
  return { items: all.slice(start, start + size), total: all.length, page, pageCount };
}
