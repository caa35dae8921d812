// The purges of the cache tier, against a real HTTP server standing for a tier node.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createTierPurger } from "./tier-purge";

interface Received {
  method?: string;
  keys?: string;
  token?: string;
}

/** A node that answers each purge with the next of `statuses` (then 200), recording what it got. */
async function node(statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    received.push({
      method: request.method,
      keys: request.headers["xkey-purge"] as string | undefined,
      token: request.headers["purge-token"] as string | undefined,
    });
    response.statusCode = statuses.shift() ?? 200;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, received };
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
  return check();
};

describe("purging the cache tier", () => {
  it("sends the keys once each, with the token, to every node before it resolves", async () => {
    const [one, two] = [await node(), await node()];
    const purge = createTierPurger({ nodes: [one.url, two.url], token: "t".repeat(16), log: () => {} });
    await purge(["MODEL", "SOURCE", "MODEL"]);
    for (const { received } of [one, two])
      expect(received).toEqual([{ method: "PURGE", keys: "MODEL SOURCE", token: "t".repeat(16) }]);
  });

  it("tries a node that failed again, and says so, without holding up the change", async () => {
    const flaky = await node([503, 500]);
    const log: string[] = [];
    const purge = createTierPurger({
      nodes: [flaky.url],
      retryDelaysMs: [20, 20, 20],
      log: (m) => log.push(m),
    });
    await purge(["ROUND"]);
    expect(flaky.received).toHaveLength(1);
    expect(await until(() => flaky.received.length === 3)).toBe(true);
    expect(log).toEqual([expect.stringContaining("answered 503"), expect.stringContaining("answered 500")]);
  });

  it("reports a node that cannot be reached, and gives up after its last retry", async () => {
    const log: string[] = [];
    const purge = createTierPurger({
      nodes: ["http://127.0.0.1:1/"],
      retryDelaysMs: [10],
      log: (m) => log.push(m),
    });
    await expect(purge(["EVENT"])).resolves.toBeUndefined();
    expect(await until(() => log.length === 2)).toBe(true);
    expect(log[0]).toMatch(/purging "EVENT" at http:\/\/127\.0\.0\.1:1\/ failed .*trying again in 10 ms/);
    expect(log[1]).toMatch(/gave up purging "EVENT" at http:\/\/127\.0\.0\.1:1\/ after 2 attempts/);
  });

  it("does nothing without nodes or keys", async () => {
    const idle = await node();
    await createTierPurger({ nodes: [] })(["MODEL"]);
    await createTierPurger({ nodes: [idle.url] })([]);
    expect(idle.received).toEqual([]);
  });
});
