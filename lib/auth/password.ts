import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { isGuessablePassword } from "@/lib/auth/guessable-password";
import { t } from "@/lib/i18n";

export const MIN_PASSWORD_LENGTH = 12;

export const ZPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`)
  .max(256, "密码不能超过 256 个字符")
  .refine((password) => !isGuessablePassword(password), {
    message: t.accounts.validation.passwordGuessable,
    // A password already refused for its length gets that one message.
    when: (payload) => payload.issues.length === 0,
  });

/** Argon2id with the library's defaults (OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
