import { ClaimStatus } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";

export { ClaimStatus };

/** The statuses, strongest first: the order of the admin's choices. */
export const CLAIM_STATUSES: readonly ClaimStatus[] = ["CONFIRMED", "REPORTED", "RUMORED", "ESTIMATED"];

/**
 * What a claim stored before statuses existed counts as (the column's default too): a media
 * report, the commonest case and no stronger than any source says.
 */
export const DEFAULT_CLAIM_STATUS: ClaimStatus = "REPORTED";

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === "string" && (CLAIM_STATUSES as readonly string[]).includes(value);
}

/** The status as readers read it, e.g. "媒体报道". */
export function claimStatusLabel(status: ClaimStatus): string {
  return t.enums.claimStatus[status];
}
