// "The database cannot be reached right now" (stopped, restarting, network cut, no free
// connection), as opposed to a bug or a refused query: the one case where the honest answer is
// "try again later", and where the pool reconnects by itself once the server is back.
//
// What arrives depends on the layer that noticed, so each is recognised here:
// - Prisma: P1001 can't reach, P1002/P1008 timed out, P1017 server closed the connection,
//   P2024 no connection from the pool in time; the driver adapter's own error, kept in
//   `meta.driverAdapterError`, has a `cause.kind` (DatabaseNotReachable, ConnectionClosed…) or,
//   for an error PostgreSQL itself sent, its SQLSTATE (57P01 when the server shuts down).
// - pg: a socket error (ECONNREFUSED…), or plain Errors such as "Connection terminated
//   unexpectedly" when a pooled connection dies under a query (Prisma passes these on as they are).
// - Auth.js wraps what its credentials provider threw in `cause.err`.

export { RETRY_AFTER_SECONDS } from "@/lib/platform/outage/outage-state";

const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** SQLSTATEs: class 08 (connection exception), the server shutting down or starting, too many connections. */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** pg's own messages for a connection lost or never made (pg-pool's connection timeout too). */
const PG_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

/** Whether `error`, or anything it wraps, says the database is unreachable for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  // Wrappers nest a few levels at most; the bound keeps a cyclic cause chain harmless.
  while (queue.length > 0 && seen.size < 20) {
    const candidate = queue.shift();
    if (typeof candidate !== "object" || candidate === null || seen.has(candidate)) continue;
    seen.add(candidate);
    if (saysUnavailable(candidate as Record<string, unknown>)) return true;
    const { cause, err, meta, errors } = candidate as {
      cause?: unknown;
      err?: unknown;
      meta?: { driverAdapterError?: unknown };
      errors?: unknown;
    };
    queue.push(cause, err, meta?.driverAdapterError, ...(Array.isArray(errors) ? errors : []));
  }
  return false;
}

function saysUnavailable({ code, originalCode, kind, message }: Record<string, unknown>): boolean {
  return (
    (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) ||
    (typeof originalCode === "string" && SQLSTATE.test(originalCode)) ||
    (typeof kind === "string" && ADAPTER_KINDS.has(kind)) ||
    (typeof message === "string" && PG_MESSAGES.test(message))
  );
}
