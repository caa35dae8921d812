import "server-only";
import { signIn } from "@/lib/auth/auth";
import type { TLogInRequest } from "@/lib/auth/log-in-request";

export type LogInOutcome = "signed-in" | "wrong-credentials" | "throttled";

/**
 * Signs the browser of this request in (sets the session cookie) through the credentials
 * provider, where throttling and the audit happen. Never lets next-auth redirect: its URLs are
 * built from the Host it guesses; callers redirect themselves.
 */
export async function logIn({ email, password }: TLogInRequest): Promise<LogInOutcome> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return "signed-in";
  } catch (error) {
    // Checked by its type name rather than instanceof: next-auth and the app may hold two copies
    // of @auth/core's error classes.
    const { type, code } = (error ?? {}) as { type?: unknown; code?: unknown };
    if (type === "CredentialsSignin") return code === "throttled" ? "throttled" : "wrong-credentials";
    throw error;
  }
}
