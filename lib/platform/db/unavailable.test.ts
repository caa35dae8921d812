import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/platform/db/unavailable";

// The shapes below are the ones seen through @prisma/adapter-pg and pg when the connection to
// PostgreSQL is cut or the server ends it (unavailable.integration.test.ts makes them for real).

/** Prisma's known request error as the adapter-pg client throws it. */
function prismaError(code: string, adapterCause?: Record<string, unknown>) {
  const driverAdapterError = adapterCause
    ? Object.assign(new Error(String(adapterCause.kind)), { name: "DriverAdapterError", cause: adapterCause })
    : undefined;
  return Object.assign(new Error(`prisma ${code}`), {
    name: "PrismaClientKnownRequestError",
    code,
    clientVersion: "7",
    meta: driverAdapterError ? { driverAdapterError } : {},
  });
}

const postgresError = (sqlstate: string) => ({
  kind: "postgres",
  code: sqlstate,
  originalCode: sqlstate,
  severity: "FATAL",
});

describe("isDatabaseUnavailable", () => {
  it.each([
    ["the server refuses connections (P1001)", prismaError("P1001", { kind: "DatabaseNotReachable" })],
    ["a batch of queries cannot reach it", prismaError("P1001")],
    ["the server closed the connection (P1017)", prismaError("P1017", { kind: "ConnectionClosed" })],
    ["no pooled connection in time (P2024)", prismaError("P2024")],
    ["the server is shutting down (57P01 inside P2039)", prismaError("P2039", postgresError("57P01"))],
    ["a raw query's connection was ended (57P01 inside P2010)", prismaError("P2010", postgresError("57P01"))],
    ["the server is starting up (57P03)", prismaError("P2010", postgresError("57P03"))],
    ["too many connections", prismaError("P2037", { kind: "TooManyConnections" })],
    ["a connection exception (class 08)", prismaError("P2010", postgresError("08006"))],
    ["a pooled connection died under a query", new Error("Connection terminated unexpectedly")],
    ["pg gave up connecting", new Error("Connection terminated due to connection timeout")],
    ["pg-pool gave up waiting", new Error("timeout exceeded when trying to connect")],
    [
      "a socket error",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", errno: -111 }),
    ],
    ["every address refused", new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })])],
  ])("recognises %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("looks inside Auth.js's wrapper of what the credentials provider threw", () => {
    const fromAuthorize = prismaError("P1001", { kind: "DatabaseNotReachable" });
    const wrapped = Object.assign(new Error("Read more at https://errors.authjs.dev#callbackrouteerror"), {
      type: "CallbackRouteError",
      cause: { err: fromAuthorize, provider: "credentials" },
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it.each([
    ["a unique constraint (P2002)", prismaError("P2002", { kind: "UniqueConstraintViolation" })],
    ["a serialization conflict (P2034)", prismaError("P2034", { kind: "TransactionWriteConflict" })],
    ["a missing table", prismaError("P2021", { kind: "TableDoesNotExist" })],
    ["a syntax error", prismaError("P2010", postgresError("42601"))],
    ["a bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    [
      "a Next.js redirect",
      Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/admin;307;" }),
    ],
    ["nothing", undefined],
    ["a string", "Connection terminated unexpectedly"],
  ])("does not take %s for it", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on a cause chain that loops", () => {
    const a: { cause?: unknown } = {};
    const b = { cause: a };
    a.cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
