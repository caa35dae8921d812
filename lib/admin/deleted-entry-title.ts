import "server-only";
import type { Snapshot } from "@/lib/kinds/fields/field";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { prisma } from "@/lib/platform/db";

/**
 * The title of an entry of this kind that was deleted and not restored since, from its DELETE
 * revision; null for anything else. The list's "deleted" notice reads it, so that what the notice
 * says comes from what the server recorded, never from the address.
 */
export async function deletedEntryTitle(kind: AdminKind, entryId: string): Promise<string | null> {
  const latest = await prisma.revision.findFirst({
    where: { kind: kind.key, entryId },
    orderBy: { createdAt: "desc" },
    select: { action: true, snapshot: true },
  });
  return latest?.action === "DELETE" ? kind.titleOf(JSON.parse(latest.snapshot) as Snapshot) : null;
}
