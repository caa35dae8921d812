// The real thing: a Prisma client on PostgreSQL through a TCP proxy whose connections are cut,
// as when the server stops or the network fails. What the client throws must be recognised as
// "unavailable", other query errors must not, and the same client must work again once the
// connection is back, without a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "@/e2e/fixtures/tcp-proxy";
import { CONNECT_TIMEOUT_MS, createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { scratchPostgresqlUrl } from "@/tools/db/postgresql";
import { isDatabaseUnavailable } from "@/lib/platform/db/unavailable";

const server = new URL(scratchPostgresqlUrl());

/** What `promise` rejected with; fails the test if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

describe("a PostgreSQL connection cut and restored", () => {
  let proxy: TcpProxy;
  let prisma: PrismaClient;

  beforeAll(async () => {
    proxy = await startTcpProxy({
      port: 0,
      targetHost: server.hostname,
      targetPort: Number(server.port || 5432),
    });
    const viaProxy = new URL(server);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    prisma = createPrismaClient(viaProxy.toString());
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await proxy?.close();
  });

  it("tells an unreachable database from a failing query, and recovers by itself", async () => {
    await expect(prisma.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
    expect(isDatabaseUnavailable(await rejection(prisma.$queryRaw`SELECT * FROM no_such_table`))).toBe(false);

    // Cut while a query runs: the pooled connection dies under it.
    const running = rejection(prisma.$queryRaw`SELECT pg_sleep(5)`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await proxy.cut();
    expect(isDatabaseUnavailable(await running)).toBe(true);

    // While cut: new connections are refused, for plain queries and transactions alike.
    expect(isDatabaseUnavailable(await rejection(prisma.$queryRaw`SELECT 1`))).toBe(true);
    expect(
      isDatabaseUnavailable(await rejection(prisma.$transaction(async (tx) => tx.$queryRaw`SELECT 1`))),
    ).toBe(true);

    await proxy.restore();
    await expect(prisma.$queryRaw`SELECT 2 AS two`).resolves.toEqual([{ two: 2 }]);
    await expect(prisma.$transaction(async (tx) => tx.$queryRaw`SELECT 3 AS three`)).resolves.toEqual([
      { three: 3 },
    ]);
  });

  it("gives up on a server gone silent after the connect timeout, as unavailable, not minutes later", async () => {
    proxy.stall();
    // The pool lets go of the connection the stall ended; the next query needs a new one.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    expect(isDatabaseUnavailable(await rejection(prisma.$queryRaw`SELECT 1`))).toBe(true);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(CONNECT_TIMEOUT_MS - 100);
    expect(waited).toBeLessThan(CONNECT_TIMEOUT_MS + 3000);

    await proxy.restore();
    await expect(prisma.$queryRaw`SELECT 4 AS four`).resolves.toEqual([{ four: 4 }]);
  });
});
