import "server-only";
import { auditData, type AuditDetails } from "@/lib/audit/audit-data";
import { prisma } from "@/lib/platform/db";
import type { AuditAction } from "@/lib/generated/prisma/enums";

export type { AuditDetails };

/** Appends one line to the audit log an owner reads at /admin/audit. */
export async function recordAudit(action: AuditAction, details: AuditDetails = {}): Promise<void> {
  await prisma.auditLog.create({ data: auditData(action, details) });
}
