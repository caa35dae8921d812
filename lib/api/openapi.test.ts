// The OpenAPI document is derived from the zod schemas the responses are built to: every
// resource has its two paths, every schema its component, and every reference resolves.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todays } from "@/tests/support/todays-kinds";
import { z } from "zod";

const dir = mkdtempSync(join(tmpdir(), "tracker-openapi-"));
// The resources' modules hold the database client (never queried here); give it a file of its own.
process.env.DATABASE_URL = `file:${join(dir, "unused.db")}`;

let api: typeof import("@/lib/api/openapi") & typeof import("@/lib/api/resources");
let models: typeof import("@/lib/kinds/models/api");

beforeAll(async () => {
  api = { ...(await import("@/lib/api/openapi")), ...(await import("@/lib/api/resources")) };
  models = await import("@/lib/kinds/models/api");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Document = ReturnType<typeof import("@/lib/api/openapi").openApiDocument>;
const document = (): Document => api.openApiDocument("https://tracker.example");

function queryParametersOf(path: string) {
  const operation = document().paths[path].get;
  return "parameters" in operation ? operation.parameters : [];
}

/** Every `$ref` anywhere in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) =>
      key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
    );
  }
  return [];
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with absolute servers", () => {
    const doc = document();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://tracker.example/api/v1" }]);
    expect(doc.info.license).toEqual({
      name: "CC BY 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
    });
  });

  it("has a list and a by-slug path for every resource, and the CSV downloads", () => {
    const names = api.API_RESOURCES.map((r) => r.name);
    expect(todays(names)).toEqual([
      "organizations",
      "people",
      "models",
      "products",
      "funding-rounds",
      "partnerships",
      "events",
      "sources",
      "explainers",
    ]);
    const paths = Object.keys(document().paths);
    for (const name of names) {
      expect(paths).toContain(`/${name}`);
      expect(paths).toContain(`/${name}/{slug}`);
    }
    expect(paths).toContain("/downloads/models.csv");
    expect(paths).toContain("/downloads/funding-rounds.csv");
  });

  it("takes each resource's schemas from zod: the components are the converted output schemas", () => {
    const { schemas } = document().components;
    for (const resource of api.API_RESOURCES) {
      const expected = z.toJSONSchema(resource.item);
      expect(schemas[resource.schemaId]).toBeDefined();
      expect(schemas[`${resource.schemaId}List`]).toBeDefined();
      expect(schemas[`${resource.schemaId}Entry`]).toBeDefined();
      // Same properties, in the same order, as the zod schema.
      expect(Object.keys(schemas[resource.schemaId].properties ?? {})).toEqual(
        Object.keys(expected.properties ?? {}),
      );
    }
    const model = schemas.Model;
    expect(Object.keys(model.properties ?? {})).toEqual(
      Object.keys((models.resource.item as z.ZodObject).shape),
    );
    expect(model.required).toContain("citations");
    expect(model.properties?.date).toEqual({
      anyOf: [{ $ref: "#/components/schemas/PartialDate" }, { type: "null" }],
      description: "Release date.",
    });
    expect(schemas.Money.required).toEqual(["minor", "currency", "decimal"]);
  });

  it("gives every citation its claim status, and rounds, deals and events their other values", () => {
    const { schemas } = document().components;
    expect(schemas.ClaimStatus.enum).toEqual(["CONFIRMED", "REPORTED", "RUMORED", "ESTIMATED"]);
    expect(schemas.Citation.required).toEqual(["claim", "status", "source"]);
    expect(schemas.Citation.properties?.status).toEqual({ $ref: "#/components/schemas/ClaimStatus" });
    expect(Object.keys(schemas.AlternativeValue.properties ?? {})).toEqual([
      "field",
      "value",
      "amount",
      "source",
      "status",
      "note",
    ]);
    for (const id of ["FundingRound", "Partnership", "Event"]) {
      expect(schemas[id].properties?.alternativeValues, id).toMatchObject({
        type: "array",
        items: { $ref: "#/components/schemas/AlternativeValue" },
      });
      expect(schemas[id].required, id).toContain("alternativeValues");
    }
  });

  it("documents each list's query parameters from the filters' schemas", () => {
    const byName = Object.fromEntries(queryParametersOf("/models").map((p) => [p.name, p]));
    expect(Object.keys(byName)).toEqual([
      "page",
      "per_page",
      "category",
      "license",
      "open_weights",
      "family",
    ]);
    expect(byName.category.schema.enum).toContain("CODE");
    expect(byName.open_weights.schema.enum).toEqual(["true", "false", "unknown"]);
    expect(byName.per_page.description).toMatch(/at most 100/);
    const rounds = queryParametersOf("/funding-rounds").map((p) => p.name);
    expect(rounds).toEqual(expect.arrayContaining(["year", "currency", "investor"]));
  });

  it("refers only to schemas it defines", () => {
    const doc = document();
    const defined = new Set(Object.keys(doc.components.schemas).map((id) => `#/components/schemas/${id}`));
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(30);
    expect(refs.filter((ref) => !defined.has(ref))).toEqual([]);
  });
});
