"use client";

import { useActionState } from "react";
import {
  fieldErrorsOf,
  FormMessage,
  type FormAction,
  SubmitButton,
  TextField,
  valueOf,
} from "@/components/accounts/form-controls";
import { t } from "@/lib/i18n";

export function LogInForm<T>({ action, notice }: { action: FormAction<T>; notice?: string }) {
  const [state, formAction] = useActionState(action, null);
  const f = t.accounts.fields;
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby="log-in-title" noValidate>
      {notice && !state ? (
        <p role="status" className="rounded border border-stone-300 bg-stone-50 px-3 py-2 text-sm">
          {notice}
        </p>
      ) : null}
      <FormMessage state={state} />
      <TextField
        formId="log-in"
        name="email"
        label={f.email}
        type="email"
        autoComplete="username"
        defaultValue={valueOf(state, "email")}
        errors={fieldErrorsOf(state, "email")}
      />
      <TextField
        formId="log-in"
        name="password"
        label={f.password}
        type="password"
        autoComplete="current-password"
        errors={fieldErrorsOf(state, "password")}
      />
      <SubmitButton>{t.accounts.login.submit}</SubmitButton>
    </form>
  );
}
