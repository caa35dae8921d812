import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { entryTable } from "@/lib/content/entry-table";
import { findReferrers } from "@/lib/content/find-referrers";
import type { OperationResult } from "@/lib/admin/operation-result";
import { loadSnapshot } from "@/lib/kinds/fields/snapshot";
import { prismaErrorCode, StaleVersionError, versionedChange } from "@/lib/admin/versioned-change";
import { t } from "@/lib/i18n";

/** A delete the entries referring to it block, with their names. */
async function refusal(kind: AdminKind, id: string): Promise<OperationResult<never> | null> {
  const referrers = await findReferrers(kind, id);
  if (referrers.length === 0) return null;
  return { ok: false, code: "REFUSED", message: t.admin.delete.refused, referrers };
}

/**
 * Deletes an entry at the version the editor confirmed, with its citations and other values
 * (polymorphic rows, no foreign key to cascade by; join rows go by cascade), and records a DELETE revision holding its last state, so it can be restored.
 * Refused while another entry refers to it.
 */
export async function deleteEntry(
  kind: AdminKind,
  { id, version }: { id: string; version: number },
  authorId: string,
): Promise<OperationResult<{ title: string }>> {
  const refused = await refusal(kind, id);
  if (refused) return refused;
  try {
    return await versionedChange(kind, id, authorId, async (tx) => {
      const snapshot = await loadSnapshot(kind, id, tx);
      if (!snapshot) throw new StaleVersionError();
      const { count } = await entryTable(tx, kind.model).deleteMany({ where: { id, version } });
      if (count === 0) throw new StaleVersionError();
      if (kind.entryKind) {
        const subject = { subjectType: kind.entryKind, subjectId: id };
        await tx.citation.deleteMany({ where: subject });
        await tx.alternativeValue.deleteMany({ where: subject });
      }
      // The revision holds the state it had, so it can be restored.
      return {
        entryId: id,
        version: version + 1,
        action: "DELETE",
        snapshot,
        data: { title: kind.titleOf(snapshot) },
      };
    });
  } catch (error) {
    // A reference made between the check and the delete: the database's restriction holds.
    if (prismaErrorCode(error) === "P2003") {
      const raced = await refusal(kind, id);
      if (raced) return raced;
    }
    throw error;
  }
}
