import { z } from "zod";
import { ZPageNumberSchema } from "@/lib/content/paginate";
import { KIND_KEYS } from "@/lib/kinds";

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const ZChangeLogQuerySchema = z.object({
  page: z.preprocess(one, ZPageNumberSchema),
  kind: z.preprocess(one, z.enum(KIND_KEYS as [string, ...string[]]).optional()),
  id: z.preprocess(
    one,
    z
      .string()
      .regex(/^[a-z0-9]{1,64}$/)
      .optional(),
  ),
  slug: z.preprocess(
    one,
    z
      .string()
      .regex(/^[a-z0-9-]{1,120}$/)
      .optional(),
  ),
});

/** The change log's query as given: the entry named by its id, or by its slug (as its page links it). */
export interface ChangeLogQuery {
  page: number;
  kind?: string;
  id?: string;
  slug?: string;
}

/**
 * The change log's query: a page, and optionally one entry (`kind` with its `id` or `slug`).
 * Null for a query that names no entry we could have (an unknown kind, a malformed id, a kind
 * alone): the page answers 404 rather than the whole log under a wrong title.
 */
export function parseChangeLogQuery(searchParams: Record<string, unknown>): ChangeLogQuery | null {
  const parsed = ZChangeLogQuerySchema.safeParse(searchParams);
  if (!parsed.success) return null;
  const { kind, id, slug } = parsed.data;
  if (Boolean(kind) !== Boolean(id || slug) || (id && slug)) return null;
  return parsed.data;
}
