import type { ActionResult, FormValues } from "@/lib/actions/action-result";
import { CONFIRM_ASKED } from "@/lib/admin/change-confirmation";
import type { OperationResult } from "@/lib/admin/operation-result";
import { t } from "@/lib/i18n";

/**
 * An operation's refusal as the form's answer: the submitted values always come back so the
 * form keeps them; a conflict also brings the version now saved, for an explicit "save anyway",
 * and a change that waits for confirmation the fields whose box to draw.
 */
export function toActionFailure(
  result: Exclude<OperationResult<unknown>, { ok: true }>,
  values: FormValues,
): ActionResult<never> {
  switch (result.code) {
    case "INVALID":
      return {
        ok: false,
        code: "INVALID",
        message: result.message ?? t.actions.invalid,
        fieldErrors: result.fieldErrors,
        values: result.confirm ? { ...values, [CONFIRM_ASKED]: result.confirm } : values,
      };
    case "CONFLICT":
      return {
        ok: false,
        code: "CONFLICT",
        message: result.message,
        values: { ...values, _conflictVersion: String(result.currentVersion) },
      };
    case "REFUSED": {
      const referrers = (result.referrers ?? []).map((r) =>
        t.admin.delete.referrer(t.admin.kinds[r.kind], r.title),
      );
      return {
        ok: false,
        code: "REFUSED",
        message: referrers.length ? `${result.message}${referrers.join("、")}` : result.message,
        values,
      };
    }
    case "NOT_FOUND":
      return { ok: false, code: "NOT_FOUND", message: result.message, values };
  }
}
