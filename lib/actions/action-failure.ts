import "server-only";
import type { ActionResult, FormValues } from "@/lib/actions/action-result";
import { isDatabaseUnavailable } from "@/lib/platform/db/unavailable";
import { t } from "@/lib/i18n";

/**
 * The answer of a server action whose work threw, with the submitted values so the form keeps
 * them. Next.js's redirects and not-found are control flow and go on. An unreachable database
 * is said so: nothing was saved, the pool reconnects by itself, and the same submit works once
 * the server is back. Anything else is logged and answered generically, never sent raw.
 */
export function actionFailure(
  error: unknown,
  values: FormValues,
  unavailableMessage: string = t.actions.databaseUnavailable,
): ActionResult<never> {
  if (isNextControlFlow(error)) throw error;
  if (isDatabaseUnavailable(error)) {
    // One line (Prisma's message ends with the cause), not a stack per request while it is away.
    const cause = error instanceof Error ? error.message.trim().split("\n").pop() : String(error);
    console.warn(`Server action: the database is unavailable (${cause})`);
    return { ok: false, code: "UNAVAILABLE", message: unavailableMessage, values };
  }
  console.error("Server action failed:", error);
  return { ok: false, code: "ERROR", message: t.actions.unexpected, values };
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR"))
  );
}
