import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// The TOTP secret is kept encrypted (AES-256-GCM) under a key derived from the auth secret with
// HKDF, so a copy of the database (a backup, an export) does not hold usable secrets. The
// ciphertext is bound to its purpose and user (associated data): moved to another account or
// altered, it no longer decrypts.

const VERSION = "v1";
const KEY_INFO = "mistral-tracker two-factor secret key v1";

function keyFrom(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "", KEY_INFO, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url, bound to `context` (e.g. "totp:<user id>"). */
export function sealSecret(plaintext: string, authSecret: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plaintext, or null when the box was altered, made for another context, or is not one. */
export function openSecret(sealed: string, authSecret: string, context: string): string | null {
  const [version, iv, tag, body, extra] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined || extra !== undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}
