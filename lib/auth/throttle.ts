import "server-only";
import { prisma } from "@/lib/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures of one account from one address before it must wait. */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failures from one address across accounts (password spraying). */
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Whether sign-in for this account from this address is paused. The failed attempts are the
 * audit log's own LOGIN_FAILED rows, so every app instance sees the same count.
 */
export async function isLoginThrottled(email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [pair, address] = await Promise.all([
    prisma.auditLog.count({ where: { action: "LOGIN_FAILED", email, ip, createdAt: { gte: since } } }),
    prisma.auditLog.count({ where: { action: "LOGIN_FAILED", ip, createdAt: { gte: since } } }),
  ]);
  return pair >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS || address >= MAX_FAILURES_PER_ADDRESS;
}

/** The client's address as the server saw it (first hop of X-Forwarded-For behind a proxy). */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
