// The outage state as the app's client reports it, against PostgreSQL through a TCP proxy whose
// connections are cut and restored for real: an unreachable database is reported at the first
// query that finds it so, and its return without any other query (the client probes it).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "@/e2e/fixtures/tcp-proxy";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { databaseOutageSince, reportDatabaseAvailable } from "@/lib/platform/outage/outage-state";
import { reportingOutages } from "@/lib/platform/db/outage-reports";
import { scratchPostgresqlUrl } from "@/tools/db/postgresql";

const server = new URL(scratchPostgresqlUrl());
const PROBE_MS = 100;

const fails = (promise: Promise<unknown>) => expect(promise).rejects.toBeDefined();

describe("a client reporting outages", () => {
  let proxy: TcpProxy;
  let viaProxy: string;
  const clients: PrismaClient[] = [];
  const client = (probeMs: number) => {
    const prisma = reportingOutages(createPrismaClient(viaProxy), probeMs);
    clients.push(prisma);
    return prisma;
  };

  beforeAll(async () => {
    proxy = await startTcpProxy({
      port: 0,
      targetHost: server.hostname,
      targetPort: Number(server.port || 5432),
    });
    const url = new URL(server);
    url.host = `127.0.0.1:${proxy.port}`;
    viaProxy = url.toString();
  });

  afterEach(() => reportDatabaseAvailable());

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.$disconnect()));
    await proxy?.close();
  });

  it("reports the database unreachable, not a query that fails, and its return by itself", async () => {
    const prisma = client(PROBE_MS);
    await expect(prisma.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
    await fails(prisma.$queryRaw`SELECT * FROM no_such_table`);
    expect(databaseOutageSince()).toBeNull();

    await proxy.cut();
    const cutAt = Date.now();
    await fails(prisma.$queryRaw`SELECT 1`);
    expect(databaseOutageSince()).toBeGreaterThanOrEqual(cutAt);
    // Still out of reach a few probes later.
    await new Promise((resolve) => setTimeout(resolve, 3 * PROBE_MS));
    expect(databaseOutageSince()).not.toBeNull();

    await proxy.restore();
    await expect
      .poll(() => databaseOutageSince(), { timeout: 20 * PROBE_MS, interval: PROBE_MS / 2 })
      .toBeNull();
  });

  it("ends the outage at the first query that goes through, before any probe", async () => {
    const prisma = client(60_000);
    await proxy.cut();
    await fails(prisma.$queryRaw`SELECT 1`);
    expect(databaseOutageSince()).not.toBeNull();
    await proxy.restore();
    await expect(prisma.$queryRaw`SELECT 2 AS two`).resolves.toEqual([{ two: 2 }]);
    expect(databaseOutageSince()).toBeNull();
  });
});
