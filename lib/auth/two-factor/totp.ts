import { generateSecret, generateURI, verifySync } from "otplib";

// RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps.
export const TOTP_PERIOD_S = 30;
export const TOTP_DIGITS = 6;

/** A new TOTP secret: 20 random bytes (RFC 4226's recommended length), Base32 as apps expect it. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URI an authenticator app reads from a QR code. */
export function totpUri(secret: string, { issuer, account }: { issuer: string; account: string }): string {
  return generateURI({ issuer, label: account, secret, period: TOTP_PERIOD_S, digits: TOTP_DIGITS });
}

/** Digits only, spaces and dashes allowed between them as apps show them ("123 456"). */
export function normalizeTotpCode(code: string): string | null {
  const digits = code.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step the code belongs to if it is valid now (one step either side is accepted, for
 * clocks a little off), and later than `afterStep`: a code that signed in once never does again
 * (RFC 6238 §5.2). Null when it is wrong, malformed or already used.
 */
export function verifyTotpCode(
  secret: string,
  code: string,
  { now = Date.now(), afterStep = 0 }: { now?: number; afterStep?: number } = {},
): number | null {
  const token = normalizeTotpCode(code);
  if (!token) return null;
  const epoch = Math.floor(now / 1000);
  try {
    const result = verifySync({
      secret,
      token,
      epoch,
      period: TOTP_PERIOD_S,
      digits: TOTP_DIGITS,
      epochTolerance: TOTP_PERIOD_S,
      afterTimeStep: afterStep > 0 ? afterStep : undefined,
    });
    if (!result.valid) return null;
    return "timeStep" in result && typeof result.timeStep === "number"
      ? result.timeStep
      : Math.floor(epoch / TOTP_PERIOD_S);
  } catch {
    // A malformed secret or code is a wrong code, not a server error.
    return null;
  }
}
