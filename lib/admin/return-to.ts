// A form that needs an entry which does not exist yet (a round's new investor) sends the editor to
// create it, and the new entry's form comes back with it chosen. The way back travels in the
// address, so it is checked both ways: only to an admin form, only into a field's name.
import { KIND_KEYS, type KindKey } from "@/lib/kinds";

/** Where a form for another form's entry goes back to once saved. */
export interface ReturnTo {
  /** The other form's page: `/admin/funding/new` or `/admin/funding/<id>`. */
  path: string;
  /** Its field that needs the entry. */
  field: string;
}

/** An entry just created for one of a form's fields. */
export interface PickedEntry {
  field: string;
  kind: KindKey;
  id: string;
}

const FORM_PATH = /^\/admin\/([a-z-]{1,40})\/(new|[A-Za-z0-9_-]{1,64})$/;
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const ENTRY_ID = /^[A-Za-z0-9_-]{1,64}$/;

const isKindKey = (key: string): key is KindKey => (KIND_KEYS as readonly string[]).includes(key);

/** A way back from the query or a form, or null for anything but an admin form and a field name. */
export function readReturnTo(path: unknown, field: unknown): ReturnTo | null {
  if (typeof path !== "string" || typeof field !== "string") return null;
  const match = FORM_PATH.exec(path);
  return match && isKindKey(match[1]) && FIELD_NAME.test(field) ? { path, field } : null;
}

/** The address a saved entry goes back to, naming it for the field that asked. */
export function returnAddress(to: ReturnTo, kind: KindKey, id: string): string {
  return `${to.path}?${new URLSearchParams({ picked: `${kind}:${id}`, field: to.field })}`;
}

/** The entry a returning form is to choose, from its query, or null. */
export function readPicked(picked: unknown, field: unknown): PickedEntry | null {
  if (typeof picked !== "string" || typeof field !== "string" || !FIELD_NAME.test(field)) return null;
  const [kind, id, ...rest] = picked.split(":");
  return rest.length === 0 && isKindKey(kind) && ENTRY_ID.test(id ?? "") ? { field, kind, id } : null;
}
