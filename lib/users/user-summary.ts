import type { Role } from "@/lib/generated/prisma/enums";

/** A user as lists and results show it: never the password hash or session version. */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabledAt: string | null;
  createdAt: string;
  /** Whether they sign in with two factors (never the secret itself). */
  twoFactor: boolean;
}

export function toUserSummary(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  createdAt: Date;
  totpEnabledAt?: Date | null;
}): UserSummary {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    twoFactor: Boolean(user.totpEnabledAt),
  };
}
