// The server side of row fields' cells: their raw schema and the status cell's rules. Apart
// from ./rows.ts, which the form's client component imports too.
import { z } from "zod";
import { MAX_ROWS } from "@/lib/kinds/fields/rows";
import { type ClaimStatus, DEFAULT_CLAIM_STATUS, isClaimStatus } from "@/lib/claims/claim-status";
import { t } from "@/lib/i18n";

const e = t.admin.errors;

/** Raw rows of strings; a tampered cell that is not a string is an invalid row. */
export const rowsSchema = (label: string, cells: readonly string[]) =>
  z
    .array(z.object(Object.fromEntries(cells.map((c) => [c, z.string({ error: e.invalid(label) })]))))
    .max(MAX_ROWS, e.tooManyRows(MAX_ROWS));

/**
 * A row's claim status: chosen on purpose, never assumed for a new row. Adds the row's issue
 * and returns null when it is missing or not one of the statuses.
 */
export function parseStatusCell(value: string, index: number, ctx: z.RefinementCtx): ClaimStatus | null {
  if (value === "") {
    ctx.addIssue({ code: "custom", message: e.rowStatusMissing(index + 1) });
    return null;
  }
  if (!isClaimStatus(value)) {
    ctx.addIssue({
      code: "custom",
      message: `${t.admin.form.row(index + 1)}：${e.unknownOption(t.admin.form.claimStatus)}`,
    });
    return null;
  }
  return value;
}

/** A snapshot's status as a form value; snapshots from before statuses existed have none. */
export const statusValue = (status: unknown) => (isClaimStatus(status) ? status : DEFAULT_CLAIM_STATUS);
