import { expect, test } from "./fixtures/test";

test("/api/health tells a load balancer the database answers and is migrated", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({
    status: "ok",
    database: { reachable: true, migrations: "current", pending: [] },
  });
});
