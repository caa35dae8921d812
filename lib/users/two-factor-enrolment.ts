import "server-only";
import QRCode from "qrcode";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyPassword } from "@/lib/auth/password";
import { newRecoveryCodes } from "@/lib/auth/two-factor/recovery-codes";
import { openTotpSecret, sealTotpSecret } from "@/lib/auth/two-factor/sealed-totp";
import { spendSecondFactor } from "@/lib/auth/two-factor/second-factor";
import { newTotpSecret, totpUri, verifyTotpCode } from "@/lib/auth/two-factor/totp";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

const tf = t.accounts.twoFactor;

const ZCodeSchema = z.string({ error: tf.codeRequired }).trim().min(1, tf.codeRequired).max(32, tf.wrongCode);

export const ZEnableTwoFactorRequestSchema = z.object({ code: ZCodeSchema });
export const ZDisableTwoFactorRequestSchema = z.object({
  password: z
    .string({ error: t.accounts.validation.passwordRequired })
    .min(1, t.accounts.validation.passwordRequired)
    .max(256, t.accounts.errors.currentPasswordWrong),
  code: ZCodeSchema,
});

/** Since when the user signs in with two factors, or null. */
export async function twoFactorEnabledAt(userId: string): Promise<Date | null> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return user?.totpEnabledAt ?? null;
}

export interface PendingEnrolment {
  secret: string;
  uri: string;
  /** The URI as a QR code, an SVG image in a data: URL (the page's CSP allows data: images). */
  qrCode: string;
}

/**
 * The secret the user is setting up, made on their first visit to the setup page and kept
 * (sealed) until they confirm it with a code, so that a reload or a wrong code shows the same
 * one. Null once two-factor sign-in is on.
 */
export async function pendingEnrolment(userId: string): Promise<PendingEnrolment | null> {
  await prisma.user.updateMany({
    where: { id: userId, totpEnabledAt: null, totpSecret: "" },
    data: { totpSecret: sealTotpSecret(userId, newTotpSecret()) },
  });
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.totpEnabledAt) return null;
  let secret = openTotpSecret(user.id, user.totpSecret);
  if (!secret) {
    // Sealed under an earlier AUTH_SECRET: start again with a new one.
    secret = newTotpSecret();
    await prisma.user.update({ where: { id: userId }, data: { totpSecret: sealTotpSecret(userId, secret) } });
  }
  const uri = totpUri(secret, { issuer: t.site.name, account: user.email });
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

/** The user confirms the pending secret with a code from their app; they get recovery codes once. */
export async function enableTwoFactor(
  userId: string,
  { code }: z.output<typeof ZEnableTwoFactorRequestSchema>,
  ip: string,
): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.totpEnabledAt) return { ok: false, code: "CONFLICT", message: tf.alreadyOn };
  const secret = openTotpSecret(user.id, user.totpSecret);
  if (!secret) return { ok: false, code: "CONFLICT", message: tf.notPending };
  if (verifyTotpCode(secret, code) === null) {
    return { ok: false, code: "INVALID", message: tf.wrongCode, fieldErrors: { code: [tf.wrongCode] } };
  }
  const { codes, hashes } = newRecoveryCodes();
  // Conditional on the same pending secret: a second tab's confirmation cannot replace codes.
  const { count } = await prisma.user.updateMany({
    where: { id: user.id, totpEnabledAt: null, totpSecret: user.totpSecret },
    data: { totpEnabledAt: new Date(), totpLastStep: 0, recoveryCodes: JSON.stringify(hashes) },
  });
  if (count !== 1) return { ok: false, code: "CONFLICT", message: tf.alreadyOn };
  await recordAudit("TWO_FACTOR_ENABLED", { actorId: user.id, targetUserId: user.id, email: user.email, ip });
  return { ok: true, data: { recoveryCodes: codes }, message: tf.enabled };
}

/**
 * The user turns it off with their password and a code (or a recovery code). Both prove who is
 * there as a sign-in does, so the caller throttles this and wrong answers count as failures.
 */
export async function disableTwoFactor(
  userId: string,
  { password, code }: z.output<typeof ZDisableTwoFactorRequestSchema>,
  ip: string,
): Promise<ActionResult> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const audit = { actorId: user.id, targetUserId: user.id, email: user.email, ip };
  if (!user.totpEnabledAt) return { ok: false, code: "CONFLICT", message: tf.notEnabled };
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordAudit("LOGIN_FAILED", { ...audit, detail: t.accounts.auditDetails.currentPasswordWrong });
    const message = t.accounts.errors.currentPasswordWrong;
    return { ok: false, code: "INVALID", message, fieldErrors: { password: [message] } };
  }
  const used = await spendSecondFactor(user, code);
  if (!used.ok) {
    await recordAudit("LOGIN_FAILED", { ...audit, detail: t.accounts.auditDetails.wrongCodeOnDisable });
    return { ok: false, code: "INVALID", message: tf.wrongCode, fieldErrors: { code: [tf.wrongCode] } };
  }
  await prisma.user.update({
    where: { id: user.id },
    data: { totpSecret: "", totpEnabledAt: null, totpLastStep: 0, recoveryCodes: "[]" },
  });
  await recordAudit("TWO_FACTOR_DISABLED", audit);
  return { ok: true, data: null, message: tf.disabled };
}
