import "server-only";
import { headers } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { knownDevice, rememberDevice } from "@/lib/auth/device";
import { clientIp, isLoginThrottled } from "@/lib/auth/throttle";
import { spendSecondFactor } from "@/lib/auth/two-factor/second-factor";
import { isValidSignInTicket } from "@/lib/auth/two-factor/sign-in-ticket";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

declare module "next-auth" {
  interface Session {
    userId: string;
    sessionVersion: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

/** Errors next-auth meets because of what a client sent, not because of the server. */
const CLIENT_ERRORS = new Set(["UnknownAction", "JWTSessionError", "MissingCSRF", "InvalidCheck"]);

/** Too many failed attempts: the login form says so instead of "wrong password". */
export class LoginThrottledError extends CredentialsSignin {
  code = "throttled";
}

/** The password is right and the account signs in with two factors: the form asks for a code. */
export class SecondFactorRequiredError extends CredentialsSignin {
  code = "second-factor";
}

/** The code (or recovery code) of the second step is wrong or used. */
export class WrongCodeError extends CredentialsSignin {
  code = "wrong-code";
}

/** The second step's proof of the password has expired or does not hold: start again. */
export class TicketExpiredError extends CredentialsSignin {
  code = "ticket-expired";
}

// Either the first step (email and password) or the second (email, the ticket the first step
// earned, and a code). Nothing else signs anyone in.
const ZCredentialsSchema = z.union([
  z.object({
    email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
    ticket: z.string().min(1).max(200),
    code: z.string().trim().min(1).max(32),
  }),
  z.object({
    email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
    password: z.string().min(1).max(256),
  }),
]);

// Verified against when the address has no account, so that an unknown address takes as long
// to refuse as a wrong password (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;
const unknownUserHash = () => (dummyHash ??= hashPassword("not the password of any account"));

async function signedIn(
  user: { id: string; email: string; name: string; sessionVersion: number },
  { email, ip, device }: { email: string; ip: string; device: string },
) {
  await recordAudit("LOGIN_SUCCEEDED", { email, ip, device, actorId: user.id, targetUserId: user.id });
  await rememberDevice(user.id);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: resolveAuthSecret(),
  // The app is served behind whatever host the operator chooses (next start, a proxy).
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  // next-auth's own error page (/api/auth/error) sends readers to the login form instead.
  pages: { signIn: "/admin/login", error: "/admin/login" },
  logger: {
    error(error) {
      const type = (error as { type?: string }).type ?? "";
      // A refused sign-in is an expected answer (audited above), not a server error to log.
      if (type === "CredentialsSignin") return;
      // A client's doing (an unknown /api/auth path, a junk or expired cookie): one line, no stack.
      if (CLIENT_ERRORS.has(type)) return console.warn(`auth: ${type}: ${error.message.split("\n")[0]}`);
      console.error(error);
    },
  },
  events: {
    // Signing out through next-auth's own /api/auth/signout ends every session of the account too
    // (its version moves on), as the admin's button does (lib/auth/log-out.ts, which has moved it
    // on already by the time this runs, so nothing happens twice).
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token?.uid) return;
      const { count } = await prisma.user.updateMany({
        where: { id: token.uid, sessionVersion: token.sv ?? 0 },
        data: { sessionVersion: { increment: 1 } },
      });
      // A session that had already ended (its version moved on) has nothing left to end.
      if (count === 0) return;
      const user = await prisma.user.findUnique({ where: { id: token.uid }, select: { email: true } });
      await recordAudit("LOGGED_OUT", {
        actorId: token.uid,
        targetUserId: token.uid,
        email: user?.email ?? "",
        ip: clientIp(await headers()),
      });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, ticket: {}, code: {} },
      // Every way to sign in ends here, the login form and a direct POST to the callback alike,
      // so throttling and the audit trail live here too.
      async authorize(raw, request) {
        const parsed = ZCredentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email } = parsed.data;
        const ip = clientIp(request.headers);
        const user = await prisma.user.findUnique({ where: { email } });
        // A browser the account signed in from before answers only for its own failures.
        const device = user ? await knownDevice(user.id) : "";
        if (await isLoginThrottled(email, ip, { device })) {
          await recordAudit("LOGIN_THROTTLED", { email, ip, device });
          throw new LoginThrottledError();
        }
        if ("ticket" in parsed.data) {
          // The second step: the ticket stands for the password, the code is checked (and used up)
          // here, and a wrong one is a failed sign-in for the throttle like a wrong password.
          const { ticket, code } = parsed.data;
          if (!user || user.disabledAt || !user.totpEnabledAt || !isValidSignInTicket(user, ticket)) {
            throw new TicketExpiredError();
          }
          const used = await spendSecondFactor(user, code);
          if (!used.ok) {
            await recordAudit("LOGIN_FAILED", {
              email,
              ip,
              device,
              targetUserId: user.id,
              detail: t.accounts.auditDetails.wrongCode,
            });
            throw new WrongCodeError();
          }
          if (used.by === "recovery") {
            await recordAudit("RECOVERY_CODE_USED", {
              email,
              ip,
              device,
              actorId: user.id,
              targetUserId: user.id,
              detail: t.accounts.auditDetails.recoveryCodesLeft(used.left),
            });
          }
          return signedIn(user, { email, ip, device });
        }
        const { password } = parsed.data;
        const valid = await verifyPassword(user?.passwordHash ?? (await unknownUserHash()), password);
        if (!user || !valid || user.disabledAt) {
          await recordAudit("LOGIN_FAILED", {
            email,
            ip,
            device,
            targetUserId: user?.id,
            detail: user?.disabledAt ? t.accounts.auditDetails.disabledAccount : "",
          });
          return null;
        }
        // Said only now that the password is proven: whether an account has 2FA is nobody else's.
        if (user.totpEnabledAt) throw new SecondFactorRequiredError();
        return signedIn(user, { email, ip, device });
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.uid ?? "";
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
});
