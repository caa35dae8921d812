"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { formDataToValues, type FormValues } from "@/lib/actions/action-result";

// A half-filled form is never lost: what the editor types is kept in this browser's storage as
// it is typed, restored when the form is opened again (after a reload, Back, or a trip to create
// what the form refers to), and dropped once the server has saved it. Closing the tab with
// unsaved input asks first; the draft stays either way.

/** What is kept of one form. */
interface StoredDraft {
  values: FormValues;
  /** When it was last typed, for the notice that restores it. */
  savedAt: number;
}

/** The form's own inputs that are not the editor's input. */
const IGNORED = new Set(["_overwrite", "_publish"]);

const storageKey = (kind: string, id: string | undefined) => `mistral-tracker:draft:${kind}:${id ?? "new"}`;

function read(key: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as StoredDraft) : null;
    return parsed && typeof parsed.values === "object" && typeof parsed.savedAt === "number" ? parsed : null;
  } catch {
    return null; // storage refused (private mode, quota) or damaged: no draft
  }
}

function write(key: string, draft: StoredDraft | null) {
  try {
    if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
    else window.localStorage.removeItem(key);
  } catch {
    // Storage refused: the form still works, only without a draft.
  }
}

/** Whether two forms' values are the same, whatever the order of their keys. */
function sameValues(a: FormValues, b: FormValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => !IGNORED.has(key)));
  const text = (value: FormValues[string] | undefined) =>
    Array.isArray(value) ? value.join("\u0000") : (value ?? "");
  return [...keys].every((key) => text(a[key]) === text(b[key]));
}

/** The form's values as its inputs hold them now. */
const currentValues = (form: HTMLFormElement) => {
  const values = formDataToValues(new FormData(form));
  for (const key of IGNORED) delete values[key];
  return values;
};

/**
 * Keeps the form's input in this browser. `loaded` is what the server has; `saved` says the page
 * follows a successful save of this form (its draft, and a new entry's, are then done with).
 * Returns the draft to show instead of `loaded` (null: none), and the handlers the form needs.
 */
export function useLocalDraft({
  kind,
  id,
  loaded,
  saved,
  picked,
  formRef,
}: {
  kind: string;
  id?: string;
  loaded: FormValues;
  saved: { created: boolean; saved: boolean };
  /** An entry just created for one of the form's fields: its kind, and the form's values with it. */
  picked?: { kind: string; apply: (values: FormValues) => FormValues };
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const key = storageKey(kind, id);
  const [restored, setRestored] = useState<StoredDraft | null>(null);
  const dirty = useRef(false);
  const submitting = useRef(false);

  // What the server has, as text: the page rendered again with the same values is no new opening.
  const loadedText = JSON.stringify(loaded);
  // On opening: drop what a save has just stored, else bring back what was left unsaved, with the
  // entry just created for one of its fields chosen in it.
  useEffect(() => {
    if (saved.created) write(storageKey(kind, undefined), null);
    if (saved.created || saved.saved) write(key, null);
    if (picked) write(storageKey(picked.kind, undefined), null);
    // The address no longer says what just happened: a reload must neither drop what is typed
    // next nor choose the new entry again.
    if (saved.created || saved.saved || picked)
      window.history.replaceState(null, "", window.location.pathname);
    let draft = read(key);
    if (draft && sameValues(draft.values, loaded)) draft = null;
    if (picked) draft = { values: picked.apply(draft?.values ?? loaded), savedAt: Date.now() };
    write(key, draft);
    if (draft) {
      dirty.current = true;
      // Reading storage is only possible once mounted; the form then shows the draft.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestored(draft);
    }
    // Once, on opening: `picked` is the page's, and the address forgets it above; `loaded` is
    // followed by its text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, kind, loadedText, saved.created, saved.saved]);

  /** Keeps what the form holds now (at once: a link followed right after typing loses nothing). */
  const keep = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const values = currentValues(form);
    dirty.current = !sameValues(values, loaded);
    write(key, dirty.current ? { values, savedAt: Date.now() } : null);
  }, [formRef, key, loaded]);

  /** Back to what the server has: the draft is dropped. */
  const discard = useCallback(() => {
    write(key, null);
    dirty.current = false;
    setRestored(null);
  }, [key]);

  // Closing or reloading the tab, or typing another address, with unsaved input asks first. (The
  // admin's own links need not: the draft stays, and opening the form again restores it.)
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current && !submitting.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => window.removeEventListener("beforeunload", beforeUnload);
  }, []);

  return {
    restored,
    discard,
    keep,
    /** A submit is on its way: its answer decides, not a warning. */
    submitted: () => {
      keep();
      submitting.current = true;
    },
    /** The submit was answered with the form again (refused): leaving asks again. */
    answered: () => {
      submitting.current = false;
    },
  };
}
