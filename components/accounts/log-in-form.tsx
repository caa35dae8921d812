"use client";

import { useActionState } from "react";
import {
  bindForm,
  type FormAction,
  FormSummary,
  SubmitButton,
  TextField,
} from "@/components/accounts/form-controls";
import { t } from "@/lib/i18n";

export function LogInForm<T>({ action, notice }: { action: FormAction<T>; notice?: string }) {
  const [state, formAction] = useActionState(action, null);
  const f = t.accounts.fields;
  const { field, summary } = bindForm(state, "log-in", { email: f.email, password: f.password });
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby="log-in-title" noValidate>
      {notice && !state ? (
        <p role="status" className="rounded border border-stone-300 bg-stone-50 px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}
      <FormSummary {...summary} />
      <TextField {...field("email")} type="email" autoComplete="username" />
      <TextField {...field("password")} type="password" autoComplete="current-password" />
      <SubmitButton>{t.accounts.login.submit}</SubmitButton>
    </form>
  );
}
