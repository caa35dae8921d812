import "server-only";
import { getEnv } from "@/lib/env";
import { prisma } from "@/lib/platform/db";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures of one account from one address before it must wait. */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
/** Failures from one address across accounts (password spraying). */
export const MAX_FAILURES_PER_ADDRESS = 20;
/**
 * Failures of one account from browsers that never signed in to it, from every address together.
 * It stops guessing from rotating (or unknown) addresses; the account's own browsers are not
 * counted here nor held back by it, so an attack cannot lock the owner out (ASVS 2.2.1).
 */
export const MAX_FAILURES_PER_ACCOUNT = 50;
/** Failures of one account from one of its own browsers (lib/auth/device.ts). */
export const MAX_FAILURES_PER_DEVICE = 5;

/** The address of a client whose address is not known (no trusted proxy names it). */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * Whether sign-in for this account is paused, for this address and browser. The failed attempts
 * are the audit log's own LOGIN_FAILED rows, so every app instance sees the same count. A browser
 * that signed in to the account before (`device`) answers only for its own failures; any other
 * is held back by the failures from its address and by the account's from unknown browsers.
 */
export async function isLoginThrottled(
  email: string,
  ip: string,
  { device = "", now = new Date() }: { device?: string; now?: Date } = {},
): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const failed = { action: "LOGIN_FAILED", createdAt: { gte: since } } as const;
  const count = (where: Record<string, string>) => prisma.auditLog.count({ where: { ...failed, ...where } });
  if (device) return (await count({ email, device })) >= MAX_FAILURES_PER_DEVICE;
  const known = ip !== UNKNOWN_ADDRESS;
  const [pair, address, account] = await Promise.all([
    known ? count({ email, ip }) : 0,
    known ? count({ ip }) : 0,
    count({ email, device: "" }),
  ]);
  return (
    pair >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS ||
    address >= MAX_FAILURES_PER_ADDRESS ||
    account >= MAX_FAILURES_PER_ACCOUNT
  );
}

/**
 * The client's address, as the proxies in front saw it: each appends the address it got the
 * request from to X-Forwarded-For, so it is the last one there that is not a trusted proxy's own.
 * Without trusted proxies (TRUSTED_PROXIES), the header may be the client's own claim (`next start`
 * keeps one the client sent): no address is known.
 */
export function clientIp(
  headers: Headers,
  trustedProxies: readonly string[] = getEnv().TRUSTED_PROXIES,
): string {
  if (trustedProxies.length === 0) return UNKNOWN_ADDRESS;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim());
  return hops.findLast((hop) => hop && !trustedProxies.includes(hop)) ?? UNKNOWN_ADDRESS;
}
