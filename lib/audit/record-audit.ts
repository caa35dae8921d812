import "server-only";
import { prisma } from "@/lib/db";
import type { AuditAction } from "@/lib/generated/prisma/enums";

export interface AuditDetails {
  actorId?: string | null;
  targetUserId?: string | null;
  email?: string;
  ip?: string;
  detail?: string;
}

/** Appends one line to the audit log an owner reads at /admin/audit. */
export async function recordAudit(action: AuditAction, details: AuditDetails = {}): Promise<void> {
  await prisma.auditLog.create({
    data: {
      action,
      actorId: details.actorId ?? null,
      targetUserId: details.targetUserId ?? null,
      email: details.email ?? "",
      ip: details.ip ?? "",
      detail: details.detail ?? "",
    },
  });
}
