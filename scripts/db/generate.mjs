// Runs `prisma generate` offline. The CLI insists on a schema-engine binary it never uses for
// generation, and cannot download one here: any existing file satisfies the check.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= fileURLToPath(import.meta.url);
const result = spawnSync("prisma", ["generate"], { stdio: "inherit", env, shell: true });
process.exit(result.status ?? 1);
