// The export's tables come from the schema: every model, each after the tables it refers to, under
// the keys export files already use.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/platform/db/client";
import { schemaModels, TRANSFER_TABLES, transferTables } from "@/tools/db/transfer/tables";

/** The tables of a small schema of the test's own. */
const tablesOf = (models: string) =>
  transferTables(schemaModels(`datasource db {\n  provider = "sqlite"\n}\n${models}`));

describe("the export's tables", () => {
  it("are every table of the schema, each read through its client delegate", () => {
    // Each table's delegate as the property of the client it reads, e.g. "aiModel".
    const client = new Proxy({}, { get: (_, property) => property }) as unknown as PrismaClient;
    const delegates = TRANSFER_TABLES.map((table) => table.delegate(client) as unknown as string);
    const models = Object.values(Prisma.ModelName).map((name) => name[0].toLowerCase() + name.slice(1));
    expect([...delegates].sort()).toEqual(models.sort());
  });

  it("are read by the schema parser of the client's own Prisma version", () => {
    const { version } = createRequire(import.meta.url)("@prisma/prisma-schema-wasm/package.json") as {
      version: string;
    };
    const { client, engine } = Prisma.prismaVersion;
    expect(version).toMatch(new RegExp(`^${client.replaceAll(".", "\\.")}-\\d+\\.${engine}$`));
  });

  it("put every table a table refers to before it", () => {
    const position = new Map(TRANSFER_TABLES.map((table, i) => [table.model, i]));
    for (const model of schemaModels()) {
      for (const field of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
        if (field.type === model.name) continue; // its own table: imported in two passes
        expect(position.get(field.type), `${field.type} before ${model.name}`).toBeLessThan(
          position.get(model.name)!,
        );
      }
    }
  });

  it("keep the names, sort keys and self-references that export files already use", () => {
    const described = TRANSFER_TABLES.map(({ name, model, key, selfReference }) => ({
      name,
      model,
      key,
      selfReference,
    }));
    const table = (name: string, model: string, key = ["id"], selfReference?: string) => ({
      name,
      model,
      key,
      selfReference,
    });
    expect(described).toEqual(
      expect.arrayContaining([
        table("organizations", "Organization"),
        table("people", "Person"),
        table("sources", "Source"),
        table("sourceLinkChecks", "SourceLinkCheck", ["sourceId"]),
        table("models", "AiModel", ["id"], "replacesId"),
        table("modelCollaborators", "ModelCollaborator", ["modelId", "organizationId"]),
        table("products", "Product"),
        table("fundingRounds", "FundingRound"),
        table("roundInvestors", "RoundInvestor"),
        table("partnerships", "Partnership"),
        table("partnershipPartners", "PartnershipPartner", ["partnershipId", "organizationId"]),
        table("events", "Event"),
        table("explainerSections", "ExplainerSection"),
        table("citations", "Citation"),
        table("alternativeValues", "AlternativeValue"),
        table("users", "User"),
        table("corrections", "Correction"),
        table("revisions", "Revision"),
        table("auditLog", "AuditLog"),
        table("siteSettings", "SiteSetting", ["key"]),
      ]),
    );
  });

  it("take a new model as it comes: named in the plural, after what it refers to, in declared order", () => {
    const tables = tablesOf(`
      model Tag {
        id       String  @id
        parentId String?
        parent   Tag?    @relation("Tree", fields: [parentId], references: [id])
        children Tag[]   @relation("Tree")
        boxId    String
        box      Box     @relation(fields: [boxId], references: [id])
        tagged   TagCategory[]
      }
      model Category {
        id     String        @id
        tagged TagCategory[]
      }
      model Box {
        id   String @id
        tags Tag[]
      }
      model TagCategory {
        tagId      String
        categoryId String
        tag        Tag      @relation(fields: [tagId], references: [id])
        category   Category @relation(fields: [categoryId], references: [id])
        @@id([tagId, categoryId])
      }
    `);
    expect(tables.map(({ name, key, selfReference }) => ({ name, key, selfReference }))).toEqual([
      { name: "categories", key: ["id"] },
      { name: "boxes", key: ["id"] },
      { name: "tags", key: ["id"], selfReference: "parentId" },
      { name: "tagCategories", key: ["tagId", "categoryId"] },
    ]);
  });

  it("refuse what import could not load: references in a cycle, an implicit many-to-many relation", () => {
    expect(() =>
      tablesOf(`
        model A {
          id  String @id
          bId String?
          b   B?     @relation("AB", fields: [bId], references: [id])
          bs  B[]    @relation("BA")
        }
        model B {
          id  String @id
          aId String?
          a   A?     @relation("BA", fields: [aId], references: [id])
          as  A[]    @relation("AB")
        }
      `),
    ).toThrow(/cycle leave no order for: A, B/);
    expect(() =>
      tablesOf(`
        model Post {
          id   String @id
          tags Tag[]
        }
        model Tag {
          id    String @id
          posts Post[]
        }
      `),
    ).toThrow(/Post\.tags: an implicit many-to-many/);
  });
});
