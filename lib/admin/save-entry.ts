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
import type { Snapshot } from "@/lib/kinds/fields/field";
import { toJsonSafe } from "@/lib/kinds/fields/snapshot";
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
  /** The fields whose change the editor confirmed (Field.confirmChange). */
  confirmed?: readonly string[];
}

/**
 * Creates an entry (as a draft) or updates it from the editor's form. A change to an entry
 * readers see needs its reason: it goes to the public change log with it. A change a field asks
 * to be confirmed (a money figure ten times the stored one) needs its box ticked; until then the
 * save is refused with the message beside the field, naming the fields that wait (`confirm`).
 */
export async function saveEntry(
  kind: AdminKind,
  request: WriteRequest,
  authorId: string,
): Promise<OperationResult> {
  if (request.id) {
    const current = await entryTable(prisma, kind.model).findUnique({ where: { id: request.id } });
    if (current) {
      const fieldErrors: Record<string, string[]> = {};
      if (!request.reason && isPublished(current)) fieldErrors[REASON_INPUT] = [t.admin.form.reasonRequired];
      const stored = toJsonSafe(current) as Snapshot;
      const confirm: string[] = [];
      for (const field of kind.fields) {
        if (request.confirmed?.includes(field.name)) continue;
        const message = field.confirmChange?.(stored, request.input[field.name]);
        if (message) {
          fieldErrors[field.name] = [message];
          confirm.push(field.name);
        }
      }
      if (Object.keys(fieldErrors).length > 0) {
        // With what the other checks find, so that one more save does it.
        for (const [name, messages] of Object.entries(await checkInput(kind, request.input, request.id)))
          (fieldErrors[name] ??= []).push(...messages);
        return { ok: false, code: "INVALID", fieldErrors, ...(confirm.length ? { confirm } : {}) };
      }
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
