// The health report against real databases: a migrated SQLite file, one never migrated, and a
// PostgreSQL server that does not answer.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { MIGRATIONS_DIR } from "@/lib/platform/db/migrations-on-disk";
import { applyMigrations } from "@/tools/db/migrator";
import { checkHealth } from "@/lib/health/check-health";

const dir = mkdtempSync(join(tmpdir(), "tracker-health-"));
const clients: PrismaClient[] = [];
const client = (url: string) => {
  const prisma = createPrismaClient(url);
  clients.push(prisma);
  return prisma;
};

afterAll(async () => {
  await Promise.all(clients.map((prisma) => prisma.$disconnect()));
  rmSync(dir, { recursive: true, force: true });
});

describe("checkHealth", () => {
  it("is ok once every migration on disk is applied", async () => {
    const url = `file:${join(dir, "migrated.db")}`;
    await applyMigrations({ databaseUrl: url });
    expect(await checkHealth(client(url), url)).toEqual({
      status: "ok",
      database: { reachable: true, migrations: "current", pending: [] },
    });
  });

  it("is unavailable, naming the pending migrations, on a database never migrated", async () => {
    const url = `file:${join(dir, "empty.db")}`;
    const onDisk = readdirSync(MIGRATIONS_DIR.sqlite, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(await checkHealth(client(url), url)).toEqual({
      status: "unavailable",
      database: { reachable: true, migrations: "pending", pending: onDisk },
    });
  });

  it("is unavailable, without throwing, when the database server does not answer", async () => {
    const url = "postgresql://postgres@127.0.0.1:1/tracker_health_nowhere";
    expect(await checkHealth(client(url), url)).toEqual({
      status: "unavailable",
      database: { reachable: false, migrations: "unknown", pending: [] },
    });
  });
});
