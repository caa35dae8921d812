"use client";

import { useActionState } from "react";
import {
  bindField,
  FormMessage,
  type FormAction,
  SubmitButton,
  TextField,
} from "@/components/accounts/form-controls";
import { t } from "@/lib/i18n";

export function LogInForm<T>({ action, notice }: { action: FormAction<T>; notice?: string }) {
  const [state, formAction] = useActionState(action, null);
  const field = bindField(state, "log-in");
  const f = t.accounts.fields;
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby="log-in-title" noValidate>
      {notice && !state ? (
        <p role="status" className="rounded border border-stone-300 bg-stone-50 px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}
      <FormMessage state={state} />
      <TextField {...field("email")} label={f.email} type="email" autoComplete="username" />
      <TextField {...field("password")} label={f.password} type="password" autoComplete="current-password" />
      <SubmitButton>{t.accounts.login.submit}</SubmitButton>
    </form>
  );
}
