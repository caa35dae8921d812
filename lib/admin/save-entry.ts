import "server-only";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { REASON_INPUT } from "@/lib/admin/change-reason";
import { checkInput, collectColumns } from "@/lib/admin/check-input";
import { entryTable } from "@/lib/content/entry-table";
import type { OperationResult } from "@/lib/admin/operation-result";
import {
  prismaErrorCode,
  StaleVersionError,
  staleResult,
  updateAtVersion,
  versionedChange,
} from "@/lib/admin/versioned-change";
import { isPublished } from "@/lib/content/published";
import { t } from "@/lib/i18n";
import { prisma } from "@/lib/platform/db";
import type { RevisionAction } from "@/lib/generated/prisma/enums";

export interface WriteRequest {
  /** Null to create a new entry. */
  id: string | null;
  /** The version the editor loaded; required to update. */
  version: number | null;
  /** The kind's parsed field values. */
  input: Record<string, unknown>;
  /** The editor's note of why (修改说明), shown with the change in the public change log. */
  reason?: string;
}

/**
 * Creates an entry (as a draft) or updates it from the editor's form. A change to an entry
 * readers see needs its reason: it goes to the public change log with it.
 */
export async function saveEntry(
  kind: AdminKind,
  request: WriteRequest,
  authorId: string,
): Promise<OperationResult> {
  if (request.id && !request.reason) {
    const current = await entryTable(prisma, kind.model).findUnique({ where: { id: request.id } });
    if (current && isPublished(current)) {
      return { ok: false, code: "INVALID", fieldErrors: { [REASON_INPUT]: [t.admin.form.reasonRequired] } };
    }
  }
  return writeEntry(kind, request, request.id ? "UPDATE" : "CREATE", authorId);
}

/**
 * Writes an entry's row, join rows and citations as one versioned change (with its revision,
 * then invalidating the public pages it shows on). An update only applies to the version the
 * editor loaded; `recreate` brings back a deleted entry under its old id (restore).
 */
export async function writeEntry(
  kind: AdminKind,
  { id, version, input, reason }: WriteRequest,
  action: RevisionAction,
  authorId: string,
  recreate = false,
): Promise<OperationResult> {
  const fieldErrors = await checkInput(kind, input, id);
  if (Object.keys(fieldErrors).length > 0) return { ok: false, code: "INVALID", fieldErrors };
  const columns = collectColumns(kind, input);
  try {
    return await versionedChange(kind, id, authorId, async (tx) => {
      let entryId: string;
      let newVersion: number;
      if (id && !recreate) {
        if (version === null) throw new StaleVersionError();
        newVersion = await updateAtVersion(tx, kind, id, version, columns);
        entryId = id;
      } else {
        newVersion = recreate ? (version ?? 0) + 1 : 1;
        const row = await entryTable(tx, kind.model).create({
          data: {
            ...columns,
            ...(id ? { id } : {}),
            version: newVersion,
            status: "DRAFT",
            publishedAt: null,
          },
        });
        entryId = row.id;
      }
      for (const field of kind.fields) await field.write?.(tx, entryId, input[field.name]);
      return { entryId, version: newVersion, action, reason, data: { id: entryId, version: newVersion } };
    });
  } catch (error) {
    // Another save took the slug (or the referred entry went) between the check and the write.
    if (prismaErrorCode(error) === "P2002" || prismaErrorCode(error) === "P2003") {
      const raced = await checkInput(kind, input, id);
      if (Object.keys(raced).length > 0) return { ok: false, code: "INVALID", fieldErrors: raced };
      if (recreate && id) return staleResult(kind, id);
    }
    throw error;
  }
}
