import { notFound } from "next/navigation";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { findAdminKind } from "@/lib/admin/kinds";

/** The kind named by the URL, or the not-found page. */
export function requireKind(key: string): AdminKind {
  return findAdminKind(key) ?? notFound();
}
