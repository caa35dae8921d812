"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { defineAction } from "@/lib/actions/define-action";
import { toActionFailure } from "@/lib/admin/to-action-result";
import { checkLinksFromAdmin } from "@/lib/sources/check-links-from-admin";
import { ZCheckSourceLinksRequestSchema } from "@/lib/sources/check-source-links";

/**
 * An editor checks sources' links now: the next ones due, those matching a text, or one source
 * again. Results are machine data beside the sources (no revision, nothing public changes).
 */
export const checkSourceLinksAction = defineAction(
  { role: "EDITOR", schema: ZCheckSourceLinksRequestSchema },
  async (input, { values }): Promise<ActionResult> => {
    const result = await checkLinksFromAdmin(input);
    if (!result.ok) return toActionFailure(result, values);
    const { checked, problems, remaining } = result.data;
    redirect(`/admin/sources/links?checked=${checked}&problems=${problems}&remaining=${remaining}`);
  },
);
