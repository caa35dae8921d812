import type { KindKey } from "@/lib/kinds";

/** An entry that refers to another, e.g. a round naming an organization as investor. */
export interface Referrer {
  kind: KindKey;
  id: string;
  title: string;
}

/** What an admin operation answers; the server actions turn it into an ActionResult. */
export type OperationResult<T = { id: string; version: number }> =
  | { ok: true; data: T }
  | { ok: false; code: "INVALID"; message?: string; fieldErrors: Record<string, string[]> }
  | { ok: false; code: "CONFLICT"; message: string; currentVersion: number }
  | { ok: false; code: "NOT_FOUND"; message: string }
  | { ok: false; code: "REFUSED"; message: string; referrers?: Referrer[] };
