// Every table the site's data lives in, in an order where each row's references come before it.
// Export writes them in this order and import reads them back in the same order.
//
// The list is derived from the schema, so a new model is exported and imported with nothing to
// add here. Prisma 7's generated client cannot tell it: at run time it names its models
// (Prisma.ModelName) but keeps of each field only its name, kind and type, no primary key and
// not which side of a relation holds the foreign key. So the schema is read as `prisma generate`
// reads it, by Prisma's own parser (@prisma/prisma-schema-wasm, of the client's engine version),
// into the datamodel (DMMF) the client is generated from.
import { readFileSync } from "node:fs";
import type { DMMF } from "@prisma/client/runtime/client";
import { get_datamodel } from "@prisma/prisma-schema-wasm";
import type { PrismaClient } from "@/lib/platform/db/client";
import { SCHEMA_PATH } from "@/tools/db/schema";

/** What export and import need of a Prisma delegate: the two shapes are the same for every table. */
export interface TransferDelegate {
  findMany(args: object): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<unknown>;
  update(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<unknown>;
  count(): Promise<number>;
}

export interface TransferTable {
  /** The key in the export file. */
  name: string;
  /** The schema's model, e.g. "AiModel". */
  model: string;
  delegate(prisma: PrismaClient): TransferDelegate;
  /** The primary key's columns: rows are written sorted by them, the same on every database. */
  key: readonly string[];
  /** A reference to a row of the same table: written as null first, then set once all exist. */
  selfReference?: string;
}

/** The schema's models, in the order they are declared. */
export function schemaModels(schema = readFileSync(SCHEMA_PATH, "utf8")): readonly DMMF.Model[] {
  const datamodel = get_datamodel(JSON.stringify({ prismaSchema: [[SCHEMA_PATH, schema]] }));
  return (JSON.parse(datamodel) as DMMF.Datamodel).models;
}

/**
 * Export keys that the plural rule below does not give; fixed by export files already written.
 * A new model needs none.
 */
const EXPORT_NAMES: Readonly<Record<string, string>> = {
  Person: "people",
  AiModel: "models",
  AuditLog: "auditLog",
};

const lowerFirst = (name: string) => name[0].toLowerCase() + name.slice(1);

function exportName(model: string): string {
  const name = lowerFirst(model);
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}

/** The relation fields that hold a foreign key (the others are their back-relations). */
const foreignKeys = (model: DMMF.Model) =>
  model.fields.filter((field) => field.kind === "object" && field.relationFromFields?.length);

function toTable(model: DMMF.Model): TransferTable {
  const key = model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);
  if (!key.length) throw new Error(`${model.name} has no primary key (@id or @@id) to sort its rows by.`);
  const self = foreignKeys(model).filter((field) => field.type === model.name);
  if (self.length > 1 || self.some((field) => field.relationFromFields!.length > 1))
    throw new Error(`${model.name}: only one single-column reference to its own table can be imported.`);
  const delegate = lowerFirst(model.name); // how the client names it: prisma.aiModel
  return {
    name: EXPORT_NAMES[model.name] ?? exportName(model.name),
    model: model.name,
    delegate(prisma) {
      const found = (prisma as unknown as Record<string, TransferDelegate | undefined>)[delegate];
      if (!found) throw new Error(`The Prisma client has no ${delegate}: run npm run db:generate.`);
      return found;
    },
    key,
    ...(self.length ? { selfReference: self[0].relationFromFields![0] } : {}),
  };
}

/**
 * The models as tables, each after the ones it refers to (a reference to its own table aside:
 * import sets those last). Of the models ready at each step, the first declared goes first, so
 * the order is the schema's wherever the references allow it.
 */
export function transferTables(models: readonly DMMF.Model[]): TransferTable[] {
  // An implicit many-to-many relation keeps its pairs in a table no model describes.
  for (const model of models) {
    for (const field of model.fields.filter((f) => f.kind === "object" && f.isList)) {
      const other = models.find((m) => m.name === field.type);
      if (other?.fields.some((f) => f !== field && f.relationName === field.relationName && f.isList))
        throw new Error(`${model.name}.${field.name}: an implicit many-to-many relation cannot be exported.`);
    }
  }
  const ordered: DMMF.Model[] = [];
  const waiting = [...models];
  while (waiting.length) {
    const ready = waiting.findIndex((model) =>
      foreignKeys(model).every((f) => f.type === model.name || ordered.some((m) => m.name === f.type)),
    );
    if (ready < 0)
      throw new Error(`References in a cycle leave no order for: ${waiting.map((m) => m.name).join(", ")}.`);
    ordered.push(...waiting.splice(ready, 1));
  }
  return ordered.map(toTable);
}

export const TRANSFER_TABLES: readonly TransferTable[] = transferTables(schemaModels());
