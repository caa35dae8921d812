import "server-only";
import { findKindByKey, type ContentKind } from "@/lib/kinds";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";
import { targetsOf } from "@/lib/kinds/fields/reference-titles";
import { adminKinds } from "@/lib/kinds/registry";

/**
 * The kinds an entry's feed reads: its own, every kind that can refer to it, and every kind
 * their changes name (a round's investors, any entry's sources). Its cached render is tagged
 * with them; the cache tier keeps it under its page's keys, which must hold them all
 * (lib/changes/entry-feed-kinds.test.ts).
 */
export function entryFeedKinds(target: AdminKind): ContentKind[] {
  const writers = Object.values(adminKinds).filter(
    (kind) => kind.key === target.key || targetsOf(kind).includes(target.key),
  );
  const keys = new Set(writers.flatMap((kind) => [kind.key, ...targetsOf(kind)]));
  return [...keys].map((key) => findKindByKey(key)!.code);
}
