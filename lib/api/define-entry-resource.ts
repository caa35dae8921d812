import "server-only";
import { z } from "zod";
import { loadApiAlternativeValues } from "@/lib/api/alternative-values";
import { loadApiCitations } from "@/lib/api/citations";
import { defineResource, type ApiResource, type FilterValues, type Page } from "@/lib/api/define-resource";
import {
  pageUrlField,
  updatedAtField,
  ZApiAlternativeValueSchema,
  ZApiCitationSchema,
} from "@/lib/api/fields";
import type { ZParamShape } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { entryTable } from "@/lib/content/entry-table";
import { entryPath } from "@/lib/content/paths";
import { prisma } from "@/lib/platform/db";
import type { AnyKind, EntryKind } from "@/lib/kinds";

/** What every entry's row has that its item is built around. */
interface EntryRow {
  id: string;
  slug: string;
  updatedAt: Date;
}

/** One kind of entry as the API serves it: its own fields; the rest every entry has. */
export interface EntryResourceDefinition<
  Filters extends ZParamShape,
  Fields extends z.ZodRawShape,
  Row,
  Where,
> {
  /** Which kind it serves (lib/kinds); its URL segment is /api/v1/{kind.apiResource}. */
  kind: Extract<AnyKind, { code: EntryKind }>;
  /** The item's schema: its name in the OpenAPI document (e.g. "Model") and what it is. */
  schemaId: string;
  schemaDescription: string;
  /** The list's description: what it holds and in what order. */
  description: string;
  /** The item's own fields, between its slug and what every entry has. */
  fields: Fields;
  /** Whether sources give other values for its fields (`alternativeValues`). */
  claims?: boolean;
  /** Query parameters of the list, beside `page` and `per_page`. */
  filters: Filters;
  /** The database condition for filters, or for one slug; through `visible` (published only). */
  where(filters: FilterValues<Filters>, slug?: string): Where;
  /** One page of rows in the kind's order, with what `toItem` reads. */
  rows(where: Where, page: Page): Promise<Row[]>;
  /** A row's own fields. */
  toItem(row: Row): z.input<z.ZodObject<Fields>>;
}

/**
 * An entry kind's API resource: its item is its slug, its own fields, then its citations, the
 * other values given for its fields (if any), its page and when it last changed.
 */
export function defineEntryResource<
  Filters extends ZParamShape,
  Fields extends z.ZodRawShape,
  Row extends EntryRow,
  Where,
>(definition: EntryResourceDefinition<Filters, Fields, Row, Where>): ApiResource {
  const { kind, claims = false } = definition;
  const item = named(
    z.object({
      slug: z.string(),
      ...definition.fields,
      citations: z.array(ZApiCitationSchema),
      ...(claims && {
        alternativeValues: z.array(ZApiAlternativeValueSchema).meta({
          description: "Other values sources give for this entry's fields, each with its source and status.",
        }),
      }),
      pageUrl: pageUrlField(),
      updatedAt: updatedAtField(),
    }),
    definition.schemaId,
    definition.schemaDescription,
  );
  // The item is built from parts, so its type is checked where it counts: by the schema, on
  // every row served (defineResource parses each).
  return defineResource<Filters, Record<string, unknown>, Where>({
    kind,
    schemaId: definition.schemaId,
    description: definition.description,
    item: item as unknown as z.ZodType<Record<string, unknown>>,
    filters: definition.filters,
    where: definition.where,
    count: (where) => entryTable(prisma, kind.model).count({ where: where as Record<string, unknown> }),
    async find(where, page, { origin }) {
      const rows = await definition.rows(where, page);
      const [citations, alternativeValues] = await Promise.all([
        loadApiCitations(kind.code, rows),
        claims ? loadApiAlternativeValues(kind.code, rows) : null,
      ]);
      return rows.map((row) => ({
        slug: row.slug,
        ...definition.toItem(row),
        citations: citations(row.id),
        ...(alternativeValues && { alternativeValues: alternativeValues(row.id) }),
        pageUrl: origin + entryPath(kind.code, row.slug),
        updatedAt: row.updatedAt.toISOString(),
      }));
    },
  });
}
