// deploy/varnish/tracker.vcl in a real varnishd, in front of two stand-ins for the app whose
// answers the tests switch: what is kept and what is not, cookies, purges, and the last good copy
// through an outage. Skipped where varnishd is not installed (apt-get install varnish
// varnish-modules); the journeys in e2e/cluster/cache-tier.spec.ts run it in front of the app.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findVarnishd, renderBackendsVcl, startVarnish, type RunningVarnish } from "./varnish";

const TOKEN = "test-purge-token-0123456789";

describe("backends.vcl", () => {
  it("names every backend with the probe, both directors, the purgers and the token", () => {
    const vcl = renderBackendsVcl({
      listen: "127.0.0.1:3000",
      backends: ["127.0.0.1:3001", "[::1]:3002"],
      purgeToken: TOKEN,
      purgeFrom: ["10.0.0.0/8", "::1"],
    });
    expect(vcl).toContain(`.url = "/api/health";`);
    expect(vcl).toMatch(/backend app_1 \{\n\t\.host = "::1";\n\t\.port = "3002";/);
    expect(vcl).toContain("app.add_backend(app_1);");
    expect(vcl).toContain("app_fallback.add_backend(app_1_fallback);");
    expect(vcl).toContain(`"10.0.0.0"/8;`);
    expect(vcl).toContain(`if (req.http.purge-token != "${TOKEN}")`);
  });

  it("without a token leaves purges to the ACL, by default loopback", () => {
    const vcl = renderBackendsVcl({ listen: "127.0.0.1:3000", backends: ["127.0.0.1:3001"] });
    expect(vcl).toContain(`"127.0.0.0"/8;`);
    expect(vcl).not.toContain("purge-token");
  });

  it("refuses what would not be a VCL literal or an address", () => {
    const base = { listen: "127.0.0.1:3000", backends: ["127.0.0.1:3001"] };
    expect(() => renderBackendsVcl({ ...base, purgeToken: `abc"; } sub x {0123456789` })).toThrow();
    expect(() => renderBackendsVcl({ ...base, purgeFrom: ["example"] })).toThrow();
    expect(() => renderBackendsVcl({ ...base, backends: ["127.0.0.1"] })).toThrow();
  });
});

/** A stand-in for one instance of the app. */
interface StandIn {
  server: Server;
  port: number;
  /** What /api/health answers, and what every other page does when >= 500. */
  state: { health: number; status: number; version: number };
  /** Requests other than the health probe's. */
  seen: IncomingMessage[];
}

function standInHandler(standIn: StandIn) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? "/", "http://stand-in");
    const { state } = standIn;
    if (pathname === "/api/health") return response.writeHead(state.health).end();
    standIn.seen.push(request);
    if (state.status >= 500) {
      return response.writeHead(state.status, { "retry-after": "30" }).end("the app's outage page");
    }
    if (pathname.startsWith("/admin")) {
      return response
        .writeHead(200, { "set-cookie": "s=1", "cache-control": "private, no-store" })
        .end("admin");
    }
    if (pathname === "/plain") return response.writeHead(200).end(`plain v${state.version}`);
    if (pathname.startsWith("/_next/static/")) {
      return response.writeHead(200, { "cache-control": "public, max-age=31536000, immutable" }).end("js");
    }
    const headers: Record<string, string> = {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "public, max-age=0, must-revalidate",
      "surrogate-control": "max-age=3600",
      "surrogate-key": pathname.startsWith("/funding") ? "site ROUND" : "site MODEL",
    };
    if (pathname === "/with-cookie") headers["set-cookie"] = "a=b";
    response.writeHead(200, headers).end(`${pathname} v${state.version}`);
  };
}

async function startStandIn(): Promise<StandIn> {
  const standIn = { state: { health: 200, status: 200, version: 1 }, seen: [] } as unknown as StandIn;
  standIn.server = createServer(standInHandler(standIn));
  await new Promise<void>((resolve) => standIn.server.listen(0, "127.0.0.1", resolve));
  standIn.port = (standIn.server.address() as AddressInfo).port;
  return standIn;
}

/** Stops listening and drops Varnish's kept-alive connections. */
function stopStandIn({ server }: StandIn): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const hasVarnish = (() => {
  try {
    findVarnishd();
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasVarnish)("tracker.vcl in varnishd", { timeout: 30_000 }, () => {
  let standIns: StandIn[] = [];
  let varnish: RunningVarnish;

  const setAll = (state: Partial<StandIn["state"]>) => standIns.forEach((s) => Object.assign(s.state, state));
  const seen = () => standIns.flatMap((s) => s.seen);
  const get = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${varnish.origin}${path}`, { redirect: "manual", ...init });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const purge = async (headers: Record<string, string>) => {
    const response = await fetch(`${varnish.origin}/`, { method: "PURGE", headers });
    return { status: response.status, text: await response.text() };
  };
  const purgeKeys = (keys: string) => purge({ "xkey-purge": keys, "purge-token": TOKEN });
  /** Until the health probe sees every stand-in as `healthy`, or none. */
  const probeSees = (healthy: boolean) =>
    expect
      .poll(
        async () => (await get("/", { headers: { "x-cache-debug": "1" } })).headers.get("x-cache-backends"),
        {
          timeout: 15_000,
          interval: 250,
        },
      )
      .toBe(healthy ? "healthy" : "sick");

  beforeAll(async () => {
    standIns = [await startStandIn(), await startStandIn()];
    varnish = await startVarnish({
      listen: `127.0.0.1:${await freePort()}`,
      backends: standIns.map((s) => `127.0.0.1:${s.port}`),
      purgeToken: TOKEN,
      output: "errors-only",
    });
  });

  afterAll(async () => {
    await varnish?.stop();
    await Promise.all(standIns.map(stopStandIn));
  });

  it("keeps what has Surrogate-Control; readers are told to ask again and see none of the tier's headers", async () => {
    const first = await get("/models");
    const second = await get("/models");
    expect([first.headers.get("x-cache"), second.headers.get("x-cache")]).toEqual(["MISS", "HIT"]);
    expect(second.text).toBe("/models v1");
    expect(second.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    for (const header of ["surrogate-control", "surrogate-key", "xkey"])
      expect(second.headers.has(header)).toBe(false);

    const debug = await get("/models", { headers: { "x-cache-debug": "1" } });
    expect(debug.headers.get("surrogate-key")).toBe("site MODEL");
    expect(debug.headers.get("xkey")).toBe("site MODEL");
  });

  it("keeps nothing else but public, lasting files", async () => {
    const before = seen().length;
    for (const path of ["/plain", "/plain", "/with-cookie", "/with-cookie"]) {
      expect((await get(path)).headers.get("x-cache"), path).toBe("PASS");
    }
    expect(seen().length - before).toBe(4);
    await get("/_next/static/a.js");
    expect((await get("/_next/static/a.js")).headers.get("x-cache")).toBe("HIT");
  });

  it("strips cookies from public pages only, and never keeps the admin", async () => {
    const credentials = { cookie: "authjs.session-token=x", authorization: "Basic eDp5" };
    await get("/timeline", { headers: credentials });
    const reader = seen().at(-1)!;
    expect([reader.headers.cookie, reader.headers.authorization]).toEqual([undefined, undefined]);

    const admin = await get("/admin/models", { headers: credentials });
    expect(seen().at(-1)!.headers.cookie).toBe(credentials.cookie);
    expect(admin.headers.get("x-cache")).toBe("PASS");
    expect(admin.headers.get("set-cookie")).toBe("s=1");

    const before = seen().length;
    await get("/models", { method: "POST", body: "a=1" });
    expect(seen().length - before).toBe(1);
  });

  it("serves one copy whatever the order of the query's parameters", async () => {
    await get("/models?b=2&a=1");
    const sorted = await get("/models?a=1&b=2");
    expect(sorted.headers.get("x-cache")).toBe("HIT");
    expect(seen().at(-1)!.url).toBe("/models?a=1&b=2");
  });

  it("purges by key, for loopback with the token only, and the next request is fresh", async () => {
    expect((await purge({ "xkey-purge": "MODEL" })).status).toBe(403);
    expect((await purge({ "xkey-purge": "MODEL", "purge-token": "wrong-token-0123456789" })).status).toBe(
      403,
    );
    expect((await purge({ "purge-token": TOKEN })).status).toBe(400);

    await get("/funding");
    await get("/models");
    setAll({ version: 2 });
    const purged = await purgeKeys("MODEL");
    expect(purged.status).toBe(200);
    expect(JSON.parse(purged.text).purged).toBeGreaterThanOrEqual(1);
    expect(await get("/models")).toMatchObject({ text: "/models v2" });
    expect((await get("/models")).headers.get("x-cache")).toBe("HIT");
    const other = await get("/funding");
    expect([other.text, other.headers.get("x-cache")]).toEqual(["/funding v1", "HIT"]);
  });

  it("serves the last good copy while the app fails, its own outage page for what it never kept", async () => {
    await get("/models");
    // The database is gone: the app answers 503, before the probe has noticed.
    setAll({ status: 503, version: 3 });
    await purgeKeys("MODEL");
    const stale = await get("/models");
    expect([stale.status, stale.text, stale.headers.get("x-cache")]).toEqual([
      200,
      "/models v2",
      "HIT-STALE",
    ]);
    const never = await get("/never-read");
    expect([never.status, never.text, never.headers.get("retry-after")]).toEqual([
      503,
      "the app's outage page",
      "30",
    ]);

    // And once the health probe has noticed too.
    setAll({ health: 503 });
    await probeSees(false);
    expect(await get("/models")).toMatchObject({ status: 200, text: "/models v2" });

    // Back: the next request is fresh again.
    setAll({ health: 200, status: 200 });
    await probeSees(true);
    expect(await get("/models")).toMatchObject({ status: 200, text: "/models v3" });
  });

  it("serves the last good copy with every instance gone, and says so plainly for the rest", async () => {
    await get("/models");
    await Promise.all(standIns.map(stopStandIn));
    expect(await get("/models")).toMatchObject({ status: 200, text: "/models v3" });
    const never = await get("/never-read-either");
    expect(never.status).toBe(503);
    expect(never.headers.get("retry-after")).toBe("30");
    expect(never.text).toContain("页面暂时无法加载");
  });
});
