import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/secret";

// What the login form's second step carries instead of the password: proof, signed by the
// server, that this account's password was given a moment ago. It is bound to the account's
// password hash and session version (a password change or a sign-out everywhere voids it) and
// lasts five minutes. It signs nobody in: the credentials provider still wants a valid code.
export const TICKET_TTL_MS = 5 * 60 * 1000;

interface TicketUser {
  id: string;
  passwordHash: string;
  sessionVersion: number;
}

const sign = (user: TicketUser, expiresAt: number) =>
  createHmac("sha256", resolveAuthSecret())
    .update(`second-factor-ticket:${user.id}:${user.sessionVersion}:${user.passwordHash}:${expiresAt}`)
    .digest("base64url");

export function mintSignInTicket(user: TicketUser, now = Date.now()): string {
  const expiresAt = now + TICKET_TTL_MS;
  return `${expiresAt}.${sign(user, expiresAt)}`;
}

export function isValidSignInTicket(user: TicketUser, ticket: string, now = Date.now()): boolean {
  const [expires, signature, extra] = ticket.split(".");
  const expiresAt = Number(expires);
  if (!signature || extra !== undefined || !Number.isSafeInteger(expiresAt) || expiresAt < now) return false;
  if (expiresAt > now + TICKET_TTL_MS) return false;
  const expected = Buffer.from(sign(user, expiresAt));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
