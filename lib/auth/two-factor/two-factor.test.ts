import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import {
  newRecoveryCodes,
  RECOVERY_CODE_COUNT,
  spendRecoveryCode,
} from "@/lib/auth/two-factor/recovery-codes";
import { openSecret, sealSecret } from "@/lib/auth/two-factor/secret-box";
import { newTotpSecret, totpUri, verifyTotpCode } from "@/lib/auth/two-factor/totp";

// RFC 6238's test secret ("12345678901234567890" in Base32); at T = 59 s its SHA-1 code is
// 94287082, whose last six digits are what a 6-digit app shows.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  it("accepts the code of RFC 6238's test vector and the library's own for any secret", () => {
    expect(verifyTotpCode(RFC_SECRET, "287082", { now: 59_000 })).toBe(1);
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 11, 7, 12, 0, 10);
    const code = generateSync({ secret, epoch: Math.floor(now / 1000) });
    expect(verifyTotpCode(secret, code, { now })).toBe(Math.floor(now / 30_000));
    expect(verifyTotpCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { now })).not.toBeNull();
  });

  it("accepts a code one step old (a slow typist) but not two, nor a wrong or malformed one", () => {
    const now = 1_000_000_000_000;
    const epoch = now / 1000;
    const secret = newTotpSecret();
    expect(verifyTotpCode(secret, generateSync({ secret, epoch: epoch - 30 }), { now })).not.toBeNull();
    expect(verifyTotpCode(secret, generateSync({ secret, epoch: epoch - 90 }), { now })).toBeNull();
    const right = generateSync({ secret, epoch });
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(verifyTotpCode(secret, wrong, { now })).toBeNull();
    expect(verifyTotpCode(secret, "12345", { now })).toBeNull();
    expect(verifyTotpCode(secret, "abcdef", { now })).toBeNull();
    expect(verifyTotpCode("not base32!", "123456", { now })).toBeNull();
  });

  it("refuses a code whose time step already signed in (no replay)", () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 0, 1);
    const code = generateSync({ secret, epoch: now / 1000 });
    const step = verifyTotpCode(secret, code, { now })!;
    expect(verifyTotpCode(secret, code, { now, afterStep: step })).toBeNull();
  });

  it("gives an otpauth:// URI with the secret, issuer and account", () => {
    const uri = totpUri(RFC_SECRET, { issuer: "Mistral AI 追踪", account: "a@example.com" });
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${RFC_SECRET}`);
    expect(decodeURIComponent(uri)).toContain("a@example.com");
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes stored only as hashes, each working once", () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    expect(hashes.join()).not.toContain(codes[0]);
    const stored = JSON.stringify(hashes);
    const left = spendRecoveryCode(stored, codes[3].toUpperCase().replace("-", " "));
    expect(left).toHaveLength(RECOVERY_CODE_COUNT - 1);
    // Used once: the same code is refused against what is left.
    expect(spendRecoveryCode(JSON.stringify(left), codes[3])).toBeNull();
    expect(spendRecoveryCode(JSON.stringify(left), codes[4])).toHaveLength(RECOVERY_CODE_COUNT - 2);
    expect(spendRecoveryCode(stored, "aaaaa-aaaaa")).toBeNull();
    expect(spendRecoveryCode("not json", codes[0])).toBeNull();
  });
});

describe("the sealed TOTP secret", () => {
  const key = "an auth secret of at least thirty-two characters";

  it("opens with the same key and context only", () => {
    const sealed = sealSecret(RFC_SECRET, key, "totp:user-1");
    expect(sealed).not.toContain(RFC_SECRET);
    expect(openSecret(sealed, key, "totp:user-1")).toBe(RFC_SECRET);
    expect(openSecret(sealed, key, "totp:user-2")).toBeNull();
    expect(openSecret(sealed, `${key}!`, "totp:user-1")).toBeNull();
  });

  it("refuses a tampered ciphertext, tag or format", () => {
    const sealed = sealSecret(RFC_SECRET, key, "totp:user-1");
    const [version, iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body, "base64url");
    flipped[0] ^= 1;
    expect(
      openSecret([version, iv, tag, flipped.toString("base64url")].join("."), key, "totp:user-1"),
    ).toBeNull();
    const badTag = Buffer.from(tag, "base64url");
    badTag[0] ^= 1;
    expect(
      openSecret([version, iv, badTag.toString("base64url"), body].join("."), key, "totp:user-1"),
    ).toBeNull();
    expect(openSecret("", key, "totp:user-1")).toBeNull();
    expect(openSecret(`${sealed}.x`, key, "totp:user-1")).toBeNull();
  });
});
