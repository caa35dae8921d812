import { z } from "zod";

/**
 * The API's named schemas: every schema added here becomes one entry of the OpenAPI document's
 * `components/schemas`, and other schemas refer to it there. A registry of our own (not zod's
 * global one) so that re-evaluating a module, as dev reloads do, never meets a taken id.
 * Descriptions stay in zod's global registry (`.meta`), where `z.toJSONSchema` reads them.
 */
export const apiSchemas = z.registry<{ id: string }>();

/** Names a schema for the OpenAPI document, with a description. */
export function named<Schema extends z.ZodType>(schema: Schema, id: string, description: string): Schema {
  const described = schema.meta({ description });
  apiSchemas.add(described, { id });
  return described;
}
