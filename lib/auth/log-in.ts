import "server-only";
import { signIn } from "@/lib/auth/auth";
import type { TLogInCredentials } from "@/lib/auth/log-in-request";
import { mintSignInTicket } from "@/lib/auth/two-factor/sign-in-ticket";
import { prisma } from "@/lib/platform/db";

export type LogInOutcome =
  | { kind: "signed-in" | "wrong-credentials" | "throttled" | "wrong-code" | "ticket-expired" }
  /** The password was right; the account wants a code, to be sent with this ticket. */
  | { kind: "second-factor"; ticket: string };

const OUTCOMES = new Set(["throttled", "wrong-code", "ticket-expired"] as const);

/**
 * Signs the browser of this request in (sets the session cookie) through the credentials
 * provider, where throttling, the second factor and the audit happen. Never lets next-auth
 * redirect: its URLs are built from the Host it guesses; callers redirect themselves.
 */
export async function logIn(credentials: TLogInCredentials): Promise<LogInOutcome> {
  try {
    await signIn("credentials", { ...credentials, redirect: false });
    return { kind: "signed-in" };
  } catch (error) {
    // Checked by its type name rather than instanceof: next-auth and the app may hold two copies
    // of @auth/core's error classes.
    const { type, code } = (error ?? {}) as { type?: unknown; code?: unknown };
    if (type !== "CredentialsSignin") throw error;
    if (code === "second-factor") {
      // The provider refused with this code only after the password proved right.
      const user = await prisma.user.findUniqueOrThrow({ where: { email: credentials.email } });
      return { kind: "second-factor", ticket: mintSignInTicket(user) };
    }
    return { kind: OUTCOMES.has(code as never) ? (code as "throttled") : "wrong-credentials" };
  }
}
