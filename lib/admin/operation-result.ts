import type { Referrer } from "@/lib/content/find-referrers";

/** What an admin operation answers; the server actions turn it into an ActionResult. */
export type OperationResult<T = { id: string; version: number }> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: "INVALID";
      message?: string;
      fieldErrors: Record<string, string[]>;
      /** Fields whose change waits for the editor's confirmation (Field.confirmChange). */
      confirm?: string[];
    }
  | { ok: false; code: "CONFLICT"; message: string; currentVersion: number }
  | { ok: false; code: "NOT_FOUND"; message: string }
  | { ok: false; code: "REFUSED"; message: string; referrers?: Referrer[] };
