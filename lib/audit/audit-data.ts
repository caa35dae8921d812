import type { AuditAction } from "@/lib/generated/prisma/enums";

/** The actor of changes made with `npm run user` (no account signs in there). */
export const CLI_ACTOR_ID = "cli";

export interface AuditDetails {
  /** A user's id, or CLI_ACTOR_ID. */
  actorId?: string | null;
  targetUserId?: string | null;
  email?: string;
  ip?: string;
  /** The account's own browser a sign-in came from (lib/auth/device.ts), if it was one. */
  device?: string;
  detail?: string;
}

/**
 * One audit row's data. Operations create it with their own client (or transaction), so the
 * change and its audit line commit together; the CLI has no `server-only` database client.
 */
export function auditData(action: AuditAction, details: AuditDetails = {}) {
  return {
    action,
    actorId: details.actorId ?? null,
    targetUserId: details.targetUserId ?? null,
    email: details.email ?? "",
    ip: details.ip ?? "",
    device: details.device ?? "",
    detail: details.detail ?? "",
  };
}
