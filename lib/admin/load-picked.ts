import "server-only";
import { getEntry } from "@/lib/admin/get-entry";
import { readPicked, type PickedEntry } from "@/lib/admin/return-to";
import { adminKinds } from "@/lib/admin/kinds";
import { t } from "@/lib/i18n";

type Query = Record<string, string | string[] | undefined>;

/** The entry a form's query names as just created for one of its fields, with its notice. */
export async function loadPicked(query: Query): Promise<{ picked: PickedEntry; notice: string } | null> {
  const picked = readPicked(query.picked, query.field);
  if (!picked) return null;
  const entry = await getEntry(adminKinds[picked.kind], picked.id);
  return entry ? { picked, notice: t.admin.form.picked(t.admin.kinds[picked.kind], entry.title) } : null;
}
