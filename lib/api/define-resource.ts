import "server-only";
import { z } from "zod";
import { named } from "@/lib/api/schema-registry";
import {
  DEFAULT_PER_PAGE,
  paginationParams,
  parseParams,
  type ParamProblem,
  type ZParamShape,
} from "@/lib/api/query-params";
import { cachedQuery } from "@/lib/content/cached-query";
import { publishedWhere } from "@/lib/content/published";
import { shownKinds, type AnyKind, type ApiResourceName, type ContentKind } from "@/lib/kinds";

export interface Page {
  skip: number;
  take: number;
}

/** What a resource's query needs besides the filters: the origin of absolute links. */
export interface FindContext {
  origin: string;
}

/** A resource's filters as parsed (every one is optional). */
export type FilterValues<Filters extends ZParamShape> = Partial<z.output<z.ZodObject<Filters>>>;

/** One kind of entry as the API serves it. */
export interface ResourceDefinition<Filters extends ZParamShape, Item, Where> {
  /** Which kind it serves (lib/kinds); its URL segment is /api/v1/{kind.apiResource}. */
  kind: AnyKind;
  /** The schema's name in the OpenAPI document, e.g. "Model". */
  schemaId: string;
  description: string;
  /** The output: every entry is parsed by it, so it is all a client ever gets. */
  item: z.ZodType<Item>;
  /** Query parameters of the list, beside `page` and `per_page`. */
  filters: Filters;
  /** The database condition for filters, or for one slug; through `visible` (published only). */
  where(filters: FilterValues<Filters>, slug?: string): Where;
  count(where: Where): Promise<number>;
  /** One page of entries in a stable order, converted to the output. */
  find(where: Where, page: Page, context: FindContext): Promise<Item[]>;
}

/** A condition narrowed to what readers may see: published, and not scheduled for later. */
export function visible<Where>(where: Where) {
  return { AND: [publishedWhere(), where] };
}

export const ZPageMetaSchema = named(
  z.object({
    page: z.number().int().min(1),
    perPage: z.number().int().min(1),
    total: z.number().int().min(0).meta({ description: "Entries matching the filters, on all pages." }),
    pageCount: z.number().int().min(1),
  }),
  "PageMeta",
  "Where this page is among all matching entries.",
);

export const ZPageLinksSchema = named(
  z.object({
    self: z.url(),
    first: z.url(),
    last: z.url(),
    prev: z.url().nullable(),
    next: z.url().nullable(),
  }),
  "PageLinks",
  "Absolute URLs of this page and its neighbours, keeping the filters.",
);

export type ListOutcome<Item> =
  | {
      ok: true;
      body: { data: Item[]; meta: z.infer<typeof ZPageMetaSchema>; links: z.infer<typeof ZPageLinksSchema> };
    }
  | { ok: false; problem: ParamProblem };

/** A resource ready to serve, whatever its filters; what the routes and the OpenAPI document use. */
export interface ApiResource<Item = unknown> {
  name: ApiResourceName;
  schemaId: string;
  description: string;
  /** What its queries read, for cache invalidation: the kinds its kind shows (lib/kinds). */
  kinds: readonly ContentKind[];
  item: z.ZodType<Item>;
  listSchema: z.ZodType;
  entrySchema: z.ZodType;
  /** Every query parameter of the list: paging, then filters. */
  params: ZParamShape;
  /** One page, from a request's URL (its origin already the site's). */
  list(url: URL): Promise<ListOutcome<Item>>;
  get(slug: string, context: FindContext): Promise<Item | null>;
  /** Every published entry, read a batch at a time (for downloads); uncached. */
  all(context: FindContext): Promise<Item[]>;
}

const BATCH_SIZE = 500;

export function defineResource<Filters extends ZParamShape, Item, Where>(
  definition: ResourceDefinition<Filters, Item, Where>,
): ApiResource<Item> {
  const { kind, schemaId, item, filters } = definition;
  const kinds = shownKinds(kind);
  const name = kind.apiResource;
  const items = z.array(item);

  const findPage = cachedQuery(
    `api:${name}:list`,
    kinds,
    async (filterValues: FilterValues<Filters>, page: Page, context: FindContext) => {
      const where = definition.where(filterValues);
      const [total, rows] = await Promise.all([
        definition.count(where),
        definition.find(where, page, context),
      ]);
      return { total, data: items.parse(rows) };
    },
  );

  const findOne = cachedQuery(`api:${name}:get`, kinds, async (slug: string, context: FindContext) => {
    const [row] = await definition.find(definition.where({}, slug), { skip: 0, take: 1 }, context);
    return row === undefined ? null : item.parse(row);
  });

  // Not cached here: its callers cache what they make of it (a whole CSV file).
  const findAll = async (context: FindContext) => {
    const where = definition.where({});
    const all: Item[] = [];
    for (let skip = 0; ; skip += BATCH_SIZE) {
      const batch = await definition.find(where, { skip, take: BATCH_SIZE }, context);
      all.push(...items.parse(batch));
      if (batch.length < BATCH_SIZE) return all;
    }
  };

  return {
    name,
    schemaId,
    description: definition.description,
    kinds,
    item,
    listSchema: named(
      z.object({ data: items, meta: ZPageMetaSchema, links: ZPageLinksSchema }),
      `${schemaId}List`,
      `One page of ${name}.`,
    ),
    entrySchema: named(z.object({ data: item }), `${schemaId}Entry`, `One of the ${name}.`),
    params: { ...paginationParams, ...filters },

    async list(url) {
      const parsed = parseParams(url.searchParams, paginationParams, filters);
      if (!parsed.ok) return parsed;
      const page = parsed.paging.page ?? 1;
      const perPage = parsed.paging.per_page ?? DEFAULT_PER_PAGE;
      const { total, data } = await findPage(
        parsed.filters,
        { skip: (page - 1) * perPage, take: perPage },
        { origin: url.origin },
      );
      const pageCount = Math.max(1, Math.ceil(total / perPage));
      const pageLink = (number: number) => {
        const link = new URL(url);
        link.searchParams.set("page", String(number));
        return link.href;
      };
      return {
        ok: true,
        body: {
          data,
          meta: { page, perPage, total, pageCount },
          links: {
            self: url.href,
            first: pageLink(1),
            last: pageLink(pageCount),
            prev: page > 1 ? pageLink(Math.min(page - 1, pageCount)) : null,
            next: page < pageCount ? pageLink(page + 1) : null,
          },
        },
      };
    },
    get: findOne,
    all: findAll,
  };
}
