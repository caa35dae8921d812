"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { defineAction } from "@/lib/actions/define-action";
import { toActionFailure } from "@/lib/admin/to-action-result";
import { reviewCorrection, ZReviewCorrectionSchema } from "@/lib/corrections/review-correction";

/** An editor marks a reader's report resolved or dismissed. */
export const reviewCorrectionAction = defineAction(
  { role: "EDITOR", schema: ZReviewCorrectionSchema },
  async (input, { user, values }): Promise<ActionResult> => {
    const result = await reviewCorrection(input, user.id);
    if (!result.ok) return toActionFailure(result, values);
    redirect("/admin/corrections?done=1");
  },
);
