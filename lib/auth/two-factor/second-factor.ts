import "server-only";
import { openTotpSecret } from "@/lib/auth/two-factor/sealed-totp";
import { normalizeRecoveryCode, spendRecoveryCode } from "@/lib/auth/two-factor/recovery-codes";
import { verifyTotpCode } from "@/lib/auth/two-factor/totp";
import { prisma } from "@/lib/platform/db";

export interface TwoFactorUser {
  id: string;
  totpSecret: string;
  totpEnabledAt: Date | null;
  totpLastStep: number;
  recoveryCodes: string;
}

export type SecondFactorOutcome =
  { ok: true; by: "totp" } | { ok: true; by: "recovery"; left: number } | { ok: false };

/**
 * Checks a code from the user's app, or one of their recovery codes, and uses it up: the app's
 * code's time step is recorded so it never works again, a recovery code is removed. Both writes
 * are conditional on the row being as it was read, so two requests racing with one code cannot
 * both pass.
 */
export async function spendSecondFactor(user: TwoFactorUser, code: string): Promise<SecondFactorOutcome> {
  if (!user.totpEnabledAt) return { ok: false };
  if (normalizeRecoveryCode(code)) {
    const left = spendRecoveryCode(user.recoveryCodes, code);
    if (!left) return { ok: false };
    const { count } = await prisma.user.updateMany({
      where: { id: user.id, recoveryCodes: user.recoveryCodes },
      data: { recoveryCodes: JSON.stringify(left) },
    });
    return count === 1 ? { ok: true, by: "recovery", left: left.length } : { ok: false };
  }
  const secret = openTotpSecret(user.id, user.totpSecret);
  if (!secret) return { ok: false };
  const step = verifyTotpCode(secret, code, { afterStep: user.totpLastStep });
  if (step === null) return { ok: false };
  const { count } = await prisma.user.updateMany({
    where: { id: user.id, totpLastStep: { lt: step } },
    data: { totpLastStep: step },
  });
  return count === 1 ? { ok: true, by: "totp" } : { ok: false };
}
