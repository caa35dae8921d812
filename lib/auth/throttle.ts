import "server-only";
import { prisma } from "@/lib/platform/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures of one account from one address before it must wait. */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failures from one address across accounts (password spraying). */
export const MAX_FAILURES_PER_ADDRESS = 20;
/**
 * Failures of one account from every address together. The address comes from a header a
 * client can forge when no proxy overwrites it, so without this cap rotating X-Forwarded-For
 * would allow unlimited guesses; it is high enough that only an attack reaches it.
 */
export const MAX_FAILURES_PER_ACCOUNT = 50;

/**
 * Whether sign-in for this account from this address is paused. The failed attempts are the
 * audit log's own LOGIN_FAILED rows, so every app instance sees the same count.
 */
export async function isLoginThrottled(email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const failed = { action: "LOGIN_FAILED", createdAt: { gte: since } } as const;
  const [pair, address, account] = await Promise.all([
    prisma.auditLog.count({ where: { ...failed, email, ip } }),
    prisma.auditLog.count({ where: { ...failed, ip } }),
    prisma.auditLog.count({ where: { ...failed, email } }),
  ]);
  return (
    pair >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS ||
    address >= MAX_FAILURES_PER_ADDRESS ||
    account >= MAX_FAILURES_PER_ACCOUNT
  );
}

/**
 * The client's address: the last hop of X-Forwarded-For, which is the one our side wrote (the
 * reverse proxy appends the address it saw; `next start` without a proxy sets the socket's
 * address when the header is absent). The first hop is whatever the client claimed.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
