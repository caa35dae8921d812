import { dictionary } from "@zxcvbn-ts/language-common";

// The most common passwords of public breaches, as the zxcvbn project keeps them (about 49,000).
const COMMON = new Set(dictionary["passwords-common"]);

// Rows a keyboard or a count runs along, forwards and backwards: a password taken from one of them
// is no secret.
const RUNS = [
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789",
  "1234567890qwertyuiopasdfghjklzxcvbnm",
  "1234567890qwertzuiopasdfghjklyxcvbnm",
  "1234567890azertyuiopqsdfghjklmwxcvbn",
]
  .flatMap((run) => [run, [...run].reverse().join("")])
  .map((run) => run.repeat(4));

/**
 * Whether a password is one attackers try first (OWASP ASVS 2.1.7): a common password, one with
 * only digits or symbols around it ("password2024!"), a run of a keyboard row or of the alphabet
 * or digits ("123456789012"), or one piece repeated ("aaaaaaaaaaaa", "abcabcabcabc").
 */
export function isGuessablePassword(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return (
    COMMON.has(lower) ||
    (core.length > 0 && COMMON.has(core)) ||
    /^(.+?)\1+$/su.test(lower) ||
    RUNS.some((run) => run.includes(lower))
  );
}
