import "server-only";
import { formatTimestamp } from "@/lib/format/timestamp";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";
import type { KindKey } from "@/lib/kinds";

/** What a stale save is told: who saved the entry last and when, and its version now. */
export interface Conflict {
  message: string;
  currentVersion: number;
}

export async function describeConflict(kind: KindKey, entryId: string): Promise<Conflict> {
  const latest = await prisma.revision.findFirst({
    where: { kind, entryId },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    select: { version: true, createdAt: true, author: { select: { name: true } } },
  });
  if (!latest) return { message: t.admin.results.conflictUnknown(0), currentVersion: 0 };
  return {
    message: t.admin.results.conflict(
      latest.author?.name ?? t.admin.history.unknownAuthor,
      formatTimestamp(latest.createdAt),
      latest.version,
    ),
    currentVersion: latest.version,
  };
}
