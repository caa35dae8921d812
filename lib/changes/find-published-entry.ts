import "server-only";
import { cache } from "react";
import { entryTable } from "@/lib/content/entry-table";
import { findAdminKind } from "@/lib/kinds/registry";
import { isPublished } from "@/lib/content/published";
import { prisma } from "@/lib/platform/db";

/**
 * The published entry of a kind that has this slug now (its id and title), or null. Read once
 * per request: a page's metadata and its body both ask.
 */
export const findPublishedEntry = cache(async function findPublishedEntry(
  kindKey: string,
  slug: string,
): Promise<{ id: string; title: string } | null> {
  const kind = findAdminKind(kindKey);
  if (!kind) return null;
  const row = await entryTable(prisma, kind.model).findFirst({ where: { slug } });
  return row && isPublished(row) ? { id: row.id, title: String(row[kind.titleField]) } : null;
});
