import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies, headers } from "next/headers";
import { resolveAuthSecret } from "@/lib/auth/secret";

// A browser that has signed in to an account keeps a signed note of it (OWASP's "device cookie"):
// its failed sign-ins then count against it alone, and an attack on the account from elsewhere
// never holds it back (lib/auth/throttle.ts).
const COOKIE = "tracker-device";
const YEAR_S = 365 * 24 * 60 * 60;

const sign = (userId: string, device: string) =>
  createHmac("sha256", resolveAuthSecret()).update(`device:${userId}:${device}`).digest("base64url");

/** This browser's device id for the account, if it signed in to it before; "" otherwise. */
export async function knownDevice(userId: string): Promise<string> {
  const [owner, device, signature] = ((await cookies()).get(COOKIE)?.value ?? "").split(".");
  if (owner !== userId || !device || !signature) return "";
  const expected = Buffer.from(sign(userId, device));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? device : "";
}

/** After a sign-in: this browser is now one of the account's (a year, renewed by each sign-in). */
export async function rememberDevice(userId: string): Promise<void> {
  const device = (await knownDevice(userId)) || randomBytes(16).toString("base64url");
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(COOKIE, `${userId}.${device}.${sign(userId, device)}`, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/admin",
    maxAge: YEAR_S,
  });
}
