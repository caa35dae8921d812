import { resolveAuthSecret } from "@/lib/auth/secret";
import { openSecret, sealSecret } from "@/lib/auth/two-factor/secret-box";

// The user's TOTP secret as stored: sealed under the auth secret and bound to the user's id, so
// a row's secret copied onto another account does not open. Changing AUTH_SECRET makes every
// stored secret unreadable (those users then need an owner's reset, as after a lost phone).
const context = (userId: string) => `totp:${userId}`;

export const sealTotpSecret = (userId: string, secret: string) =>
  sealSecret(secret, resolveAuthSecret(), context(userId));

export const openTotpSecret = (userId: string, sealed: string) =>
  sealed ? openSecret(sealed, resolveAuthSecret(), context(userId)) : null;
