// Runs `prisma generate` offline, once per dialect: the SQLite client from prisma/schema.prisma,
// and the PostgreSQL client from a copy derived from it (tools/db/schema.ts). The CLI insists on
// a schema-engine binary it never uses for generation, and cannot download one here: any
// existing file satisfies the check.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRESQL_SCHEMA_PATH, SCHEMA_PATH, schemaForDialect } from "@/tools/db/schema";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= fileURLToPath(import.meta.url);

const derivedPath = POSTGRESQL_SCHEMA_PATH;
mkdirSync(dirname(derivedPath), { recursive: true });
writeFileSync(derivedPath, schemaForDialect(readFileSync(SCHEMA_PATH, "utf8"), "postgresql"), "utf8");

for (const schema of [SCHEMA_PATH, derivedPath]) {
  const result = spawnSync("prisma", ["generate", "--schema", schema], {
    stdio: "inherit",
    env,
    shell: true,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
