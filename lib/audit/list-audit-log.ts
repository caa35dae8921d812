import "server-only";
import { z } from "zod";
import { CLI_ACTOR_ID } from "@/lib/audit/audit-data";
import { prisma } from "@/lib/platform/db";
import { AuditAction } from "@/lib/generated/prisma/enums";

export const AUDIT_PAGE_SIZE = 50;

const AUDIT_ACTIONS = Object.values(AuditAction) as [AuditAction, ...AuditAction[]];

/** The audit page's URL filters; anything unknown falls back to "all" or page 1. */
export const ZAuditLogFiltersSchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});

export type AuditActor =
  | { kind: "user"; id: string; email: string; name: string }
  | { kind: "cli" }
  /** The user was deleted since; only the id is left. */
  | { kind: "unknown"; id: string }
  | { kind: "none" };

export interface AuditEntry {
  id: string;
  action: AuditAction;
  createdAt: string;
  email: string;
  ip: string;
  detail: string;
  actor: AuditActor;
}

export interface AuditLogPage {
  entries: AuditEntry[];
  filters: { action?: AuditAction };
  page: number;
  pageCount: number;
  total: number;
}

export const AUDIT_ACTION_OPTIONS = AUDIT_ACTIONS;

/** One page of the audit log, newest first, with each actor resolved to their account. */
export async function listAuditLog(
  query: Record<string, string | string[] | undefined>,
): Promise<AuditLogPage> {
  const filters = ZAuditLogFiltersSchema.parse({
    action: typeof query.action === "string" ? query.action : undefined,
    page: typeof query.page === "string" ? query.page : undefined,
  });
  const where = filters.action ? { action: filters.action } : {};
  const total = await prisma.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await prisma.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
  const actors = new Map(
    (
      await prisma.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, email: true, name: true },
      })
    ).map((user) => [user.id, user]),
  );
  const actorOf = (actorId: string | null): AuditActor => {
    if (!actorId) return { kind: "none" };
    if (actorId === CLI_ACTOR_ID) return { kind: "cli" };
    const user = actors.get(actorId);
    return user ? { kind: "user", ...user } : { kind: "unknown", id: actorId };
  };
  return {
    entries: rows.map((row) => ({
      id: row.id,
      action: row.action,
      createdAt: row.createdAt.toISOString(),
      email: row.email,
      ip: row.ip,
      detail: row.detail,
      actor: actorOf(row.actorId),
    })),
    filters: { action: filters.action },
    page,
    pageCount,
    total,
  };
}
