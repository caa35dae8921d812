import "server-only";
import { z } from "zod";
import type { ApiResource } from "@/lib/api/define-resource";
import { ZApiErrorSchema } from "@/lib/api/http";
import { API_BASE_PATH } from "@/lib/api/paths";
import { DATA_LICENCE } from "@/lib/content/data-licence";
import { API_RESOURCES } from "@/lib/api/resources";
import { apiSchemas } from "@/lib/api/schema-registry";
import { CSV_DOWNLOADS } from "@/lib/csv/downloads";
import { csvPath } from "@/lib/csv/paths";

// The OpenAPI 3.1 document of the API, derived from the same zod schemas the responses are
// built to: the components are the named schemas, the parameters the resources' query schemas.

type JsonSchema = z.core.JSONSchema.BaseSchema;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** An id of the registry, checked: a typo here would be a dangling $ref. */
function idOf(schema: z.ZodType): string {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("Schema without a name in the OpenAPI registry");
  return id;
}

const jsonContent = (schema: object) => ({ "application/json": { schema } });

const errorResponse = (description: string) => ({
  description,
  content: jsonContent(ref(idOf(ZApiErrorSchema))),
});

const notModified = { description: "Not modified: the `If-None-Match` ETag is still current." };

const unavailable = errorResponse(
  "The database is out of reach for a moment; ask again after `Retry-After` seconds.",
);

/** A schema on its own, without the keywords that only a whole document carries. */
function bare(schema: JsonSchema): JsonSchema {
  const own = { ...schema };
  delete own.$schema;
  delete own.$id;
  return own;
}

interface Parameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

function queryParameters(resource: ApiResource): Parameter[] {
  return Object.entries(resource.params).map(([name, schema]) => {
    const { description, ...jsonSchema } = bare(z.toJSONSchema(schema, { io: "input" }));
    return { name, in: "query", required: false, description, schema: jsonSchema };
  });
}

const SLUG_PARAMETER: Parameter = { name: "slug", in: "path", required: true, schema: { type: "string" } };

function resourcePaths(resource: ApiResource) {
  const tags = [resource.name];
  return {
    [`/${resource.name}`]: {
      get: {
        operationId: `list-${resource.name}`,
        tags,
        summary: resource.description,
        parameters: queryParameters(resource),
        responses: {
          "200": {
            description: "One page of published entries.",
            content: jsonContent(ref(idOf(resource.listSchema))),
          },
          "304": notModified,
          "400": errorResponse("A parameter is unknown, repeated or invalid; `parameter` names it."),
          "503": unavailable,
        },
      },
    },
    [`/${resource.name}/{slug}`]: {
      get: {
        operationId: `get-${resource.name}`,
        tags,
        summary: `One of the ${resource.name}, by slug, with its citations.`,
        parameters: [SLUG_PARAMETER],
        responses: {
          "200": {
            description: "The published entry.",
            content: jsonContent(ref(idOf(resource.entrySchema))),
          },
          "304": notModified,
          "404": errorResponse("No published entry with this slug."),
          "503": unavailable,
        },
      },
    },
  };
}

function downloadPaths(origin: string) {
  return Object.fromEntries(
    CSV_DOWNLOADS.map((download) => [
      csvPath(download.file),
      {
        // Downloads live beside the API, not under it.
        servers: [{ url: origin }],
        get: {
          operationId: `download-${download.file.replace(/\.csv$/, "")}`,
          tags: ["downloads"],
          summary: download.description,
          responses: {
            "200": {
              description: "UTF-8 CSV with a byte order mark and Chinese headers, as an attachment.",
              content: { "text/csv": { schema: { type: "string" } } },
            },
            "304": notModified,
          },
        },
      },
    ]),
  );
}

let components: Record<string, JsonSchema> | undefined;

/** The named schemas, converted once per process (they depend on code only). */
function componentSchemas(): Record<string, JsonSchema> {
  if (!components) {
    const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => ref(id).$ref });
    components = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, bare(schema)]));
  }
  return components;
}

/** The OpenAPI document, with absolute server URLs on this origin. */
export function openApiDocument(origin: string) {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Mistral AI 追踪 open data",
      version: "1.0.0",
      description:
        "Read-only, published data of the tracker. Field names are camelCase, query parameters " +
        "snake_case. Money is exact: minor units as a string, the currency, and a decimal string. " +
        "Dates carry their precision and are never more precise than the source. Every entry " +
        "carries its citations. Lists are paginated (`page`, `per_page` up to 100). Reuse it " +
        'freely under CC BY 4.0, crediting "Mistral AI 追踪" with a link; quoted words and the ' +
        "linked articles remain their authors' and publishers'.",
      license: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    },
    servers: [{ url: origin + API_BASE_PATH }],
    tags: [
      ...API_RESOURCES.map((resource) => ({ name: resource.name, description: resource.description })),
      { name: "downloads", description: "CSV files for spreadsheets." },
    ],
    paths: {
      ...Object.fromEntries(API_RESOURCES.flatMap((resource) => Object.entries(resourcePaths(resource)))),
      ...downloadPaths(origin),
    },
    components: { schemas: componentSchemas() },
  };
}
