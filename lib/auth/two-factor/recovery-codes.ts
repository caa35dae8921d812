import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;

// Ten characters from an alphabet without look-alikes (no 0/o, 1/l/i), shown as "xxxxx-xxxxx":
// about 50 bits each, so a fast hash is enough (nobody can try them all against a stolen hash
// list, and the sign-in throttle bounds guessing online).
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Fresh recovery codes to show once, and the hashes to store in their place. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Case, spaces and the dash do not matter when typing one. */
export function normalizeRecoveryCode(code: string): string | null {
  const chars = code.toLowerCase().replace(/[\s-]/g, "");
  return /^[a-z0-9]{10}$/.test(chars) ? `${chars.slice(0, 5)}-${chars.slice(5)}` : null;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(`recovery:${code}`).digest("hex");
}

/** The stored hashes (a JSON array) as a list; anything else is no codes at all. */
export function parseRecoveryHashes(stored: string): string[] {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((h): h is string => typeof h === "string") : [];
  } catch {
    return [];
  }
}

/**
 * The hashes left once `code` is used, or null when it is not one of them (wrong, or used
 * before: each code is removed when it is used, so it works once).
 */
export function spendRecoveryCode(stored: string, code: string): string[] | null {
  const normalized = normalizeRecoveryCode(code);
  if (!normalized) return null;
  const wanted = Buffer.from(hashRecoveryCode(normalized));
  const hashes = parseRecoveryHashes(stored);
  const index = hashes.findIndex((hash) => {
    const candidate = Buffer.from(hash);
    return candidate.length === wanted.length && timingSafeEqual(candidate, wanted);
  });
  return index === -1 ? null : hashes.filter((_, i) => i !== index);
}
