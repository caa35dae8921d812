// Login throttling on a real database (SQLite and PostgreSQL): the failed attempts it counts are
// audit rows.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testDatabase } from "@/tests/support/test-database";
import { auditData } from "@/lib/audit/audit-data";
import { createPrismaClient, type PrismaClient } from "@/lib/platform/db/client";
import { applyMigrations } from "@/tools/db/migrator";

const { databaseUrl, drop } = testDatabase("throttle");
// lib/platform/db reads DATABASE_URL when first imported: set it before importing the throttle.
process.env.DATABASE_URL = databaseUrl;

let db: PrismaClient;
const throttle = () => import("@/lib/auth/throttle");

beforeAll(async () => {
  await applyMigrations({ databaseUrl });
  db = createPrismaClient(databaseUrl);
});

afterAll(async () => {
  await db.$disconnect();
  const { prisma: appClient } = await import("@/lib/platform/db");
  await appClient.$disconnect();
  await drop();
});

beforeEach(async () => {
  await db.auditLog.deleteMany();
});

async function fail(email: string, ip: string, times: number, createdAt = new Date()): Promise<void> {
  await db.auditLog.createMany({
    data: Array.from({ length: times }, () => ({ ...auditData("LOGIN_FAILED", { email, ip }), createdAt })),
  });
}

describe("isLoginThrottled", () => {
  it("pauses an account from an address after 5 failures there, and only that pair", async () => {
    const { isLoginThrottled } = await throttle();
    await fail("a@example.com", "198.51.100.1", 4);
    expect(await isLoginThrottled("a@example.com", "198.51.100.1")).toBe(false);
    await fail("a@example.com", "198.51.100.1", 1);
    expect(await isLoginThrottled("a@example.com", "198.51.100.1")).toBe(true);
    // Another address may still sign in to the account, and the address to another account.
    expect(await isLoginThrottled("a@example.com", "198.51.100.2")).toBe(false);
    expect(await isLoginThrottled("b@example.com", "198.51.100.1")).toBe(false);
  });

  it("forgets failures older than 15 minutes", async () => {
    const { isLoginThrottled, THROTTLE_WINDOW_MS } = await throttle();
    await fail("a@example.com", "198.51.100.1", 5, new Date(Date.now() - THROTTLE_WINDOW_MS - 1000));
    expect(await isLoginThrottled("a@example.com", "198.51.100.1")).toBe(false);
  });

  it("counts neither successes nor throttled attempts", async () => {
    const { isLoginThrottled } = await throttle();
    for (const action of ["LOGIN_SUCCEEDED", "LOGIN_THROTTLED"] as const) {
      await db.auditLog.createMany({
        data: Array.from({ length: 6 }, () =>
          auditData(action, { email: "a@example.com", ip: "198.51.100.1" }),
        ),
      });
    }
    expect(await isLoginThrottled("a@example.com", "198.51.100.1")).toBe(false);
  });

  it("pauses an address spraying many accounts after 20 failures", async () => {
    const { isLoginThrottled } = await throttle();
    for (let i = 0; i < 20; i++) await fail(`user${i}@example.com`, "198.51.100.9", 1);
    expect(await isLoginThrottled("fresh@example.com", "198.51.100.9")).toBe(true);
    expect(await isLoginThrottled("fresh@example.com", "198.51.100.10")).toBe(false);
  });

  it("pauses an account attacked from many (forged) addresses after 50 failures in all", async () => {
    const { isLoginThrottled } = await throttle();
    for (let i = 0; i < 50; i++) await fail("target@example.com", `203.0.113.${i}`, 1);
    expect(await isLoginThrottled("target@example.com", "192.0.2.1")).toBe(true);
    expect(await isLoginThrottled("other@example.com", "192.0.2.1")).toBe(false);
  });
});

describe("clientIp", () => {
  it("behind trusted proxies, takes the last address they did not write themselves", async () => {
    const { clientIp } = await throttle();
    const proxies = ["127.0.0.1", "10.0.0.2"];
    const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });
    expect(clientIp(forwarded("6.6.6.6, 198.51.100.7"), proxies)).toBe("198.51.100.7");
    expect(clientIp(forwarded("6.6.6.6, 198.51.100.7, 10.0.0.2"), proxies)).toBe("198.51.100.7");
    expect(clientIp(forwarded("127.0.0.1"), proxies)).toBe("unknown");
    expect(clientIp(new Headers(), proxies)).toBe("unknown");
  });

  it("without trusted proxies, knows no address, whatever X-Forwarded-For claims", async () => {
    const { clientIp } = await throttle();
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.7" }), [])).toBe("unknown");
  });
});

describe("isLoginThrottled, for an attack on one account", () => {
  it("never holds back a browser that signed in to the account before, only its own failures", async () => {
    const { isLoginThrottled } = await throttle();
    for (let i = 0; i < 50; i++) await fail("owner@example.com", `203.0.113.${i}`, 1);
    await fail("owner@example.com", "198.51.100.1", 5);
    expect(await isLoginThrottled("owner@example.com", "198.51.100.1")).toBe(true);
    expect(await isLoginThrottled("owner@example.com", "198.51.100.1", { device: "laptop" })).toBe(false);
    await db.auditLog.createMany({
      data: Array.from({ length: 5 }, () =>
        auditData("LOGIN_FAILED", { email: "owner@example.com", ip: "198.51.100.1", device: "laptop" }),
      ),
    });
    expect(await isLoginThrottled("owner@example.com", "198.51.100.1", { device: "laptop" })).toBe(true);
    expect(await isLoginThrottled("owner@example.com", "198.51.100.1", { device: "phone" })).toBe(false);
  });

  it("with no address known, counts the account's failures from unknown browsers only", async () => {
    const { isLoginThrottled } = await throttle();
    await fail("a@example.com", "unknown", 49);
    for (let i = 0; i < 30; i++) await fail(`user${i}@example.com`, "unknown", 1);
    expect(await isLoginThrottled("a@example.com", "unknown")).toBe(false);
    expect(await isLoginThrottled("fresh@example.com", "unknown")).toBe(false);
    await fail("a@example.com", "unknown", 1);
    expect(await isLoginThrottled("a@example.com", "unknown")).toBe(true);
  });
});
