"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { definePublicAction } from "@/lib/actions/define-action";
import { clientIp } from "@/lib/auth/throttle";
import { reportErrorPath } from "@/lib/changes/paths";
import { ZSubmitCorrectionSchema } from "@/lib/corrections/correction-schema";
import { submitCorrection } from "@/lib/corrections/submit-correction";

/** A reader's report of an error: no account, rate-limited, to the editors' queue only. */
export const reportErrorAction = definePublicAction(
  { schema: ZSubmitCorrectionSchema },
  async (input, { values }): Promise<ActionResult> => {
    const result = await submitCorrection(input, clientIp(await headers()));
    if (!result.ok) {
      return {
        ok: false,
        code: "REFUSED",
        message: result.message,
        values,
        ...(result.field && { fieldErrors: { [result.field]: [result.message] } }),
      };
    }
    redirect(`${reportErrorPath(input.kind, input.slug)}&sent=1`);
  },
);
