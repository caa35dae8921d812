import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { entryTable } from "@/lib/content/entry-table";
import type { OperationResult } from "@/lib/admin/operation-result";
import { writeEntry } from "@/lib/admin/save-entry";
import { snapshotToValues } from "@/lib/kinds/fields/snapshot";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

/**
 * Puts an entry's content (fields, join rows, citations) back to a revision's snapshot, as a
 * new RESTORE revision; the publication state stays as it is. The snapshot goes through the
 * kind's schema and checks like any save, and only applies to the version the editor saw.
 * A deleted entry comes back as a draft under its old id.
 */
export async function restoreRevision(
  kind: AdminKind,
  { id, version, revisionId }: { id: string; version: number; revisionId: string },
  authorId: string,
): Promise<OperationResult> {
  const revision = await prisma.revision.findFirst({
    where: { id: revisionId, kind: kind.key, entryId: id },
  });
  if (!revision) return { ok: false, code: "NOT_FOUND", message: t.admin.results.notFound };
  const parsed = kind.schema.safeParse(snapshotToValues(kind, JSON.parse(revision.snapshot)));
  if (!parsed.success) return { ok: false, code: "REFUSED", message: t.admin.results.restoreInvalid };

  const exists = await entryTable(prisma, kind.model).findUnique({ where: { id } });
  if (!exists) {
    const latest = await prisma.revision.findFirst({
      where: { kind: kind.key, entryId: id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    if (latest?.version !== version) {
      return {
        ok: false,
        code: "CONFLICT",
        message: t.admin.results.conflictUnknown(latest?.version ?? 0),
        currentVersion: latest?.version ?? 0,
      };
    }
  }
  const result = await writeEntry(kind, { id, version, input: parsed.data }, "RESTORE", authorId, !exists);
  if (!result.ok && result.code === "INVALID") {
    const details = Object.values(result.fieldErrors).flat().join("；");
    return { ok: false, code: "REFUSED", message: `${t.admin.results.restoreInvalid}${details}` };
  }
  return result;
}
