import "server-only";
import { z } from "zod";
import type { OperationResult } from "@/lib/admin/operation-result";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

export const ZReviewCorrectionSchema = z.object({
  id: z.string({ error: t.changes.queue.missing }).trim().min(1).max(64),
  decision: z.enum(["RESOLVED", "DISMISSED"], { error: t.changes.queue.missing }),
});

export type TReviewCorrectionRequest = z.infer<typeof ZReviewCorrectionSchema>;

/** Marks an open report resolved or dismissed, by whom and when. */
export async function reviewCorrection(
  { id, decision }: TReviewCorrectionRequest,
  reviewerId: string,
): Promise<OperationResult<null>> {
  const { count } = await prisma.correction.updateMany({
    where: { id, status: "OPEN" },
    data: { status: decision, reviewedById: reviewerId, reviewedAt: new Date() },
  });
  if (count === 0) return { ok: false, code: "NOT_FOUND", message: t.changes.queue.missing };
  return { ok: true, data: null };
}
