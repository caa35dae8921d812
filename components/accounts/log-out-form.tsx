"use client";

import { useActionState } from "react";
import { type FormAction, FormMessage } from "@/components/accounts/form-controls";
import { t } from "@/lib/i18n";

/** The header's "log out" button; says why when the sessions could not be ended. */
export function LogOutForm<T>({ action }: { action: FormAction<T> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      <button
        type="submit"
        disabled={pending}
        className="text-brand underline-offset-2 hover:underline disabled:opacity-60"
      >
        {t.accounts.logout}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
