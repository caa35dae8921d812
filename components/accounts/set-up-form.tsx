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

export function SetUpForm<T>({
  action,
  minPasswordLength,
}: {
  action: FormAction<T>;
  minPasswordLength: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const f = t.accounts.fields;
  const { field, summary } = bindForm(state, "set-up", {
    name: f.name,
    email: f.email,
    password: f.password,
    passwordConfirmation: f.passwordConfirmation,
  });
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby="set-up-title" noValidate>
      <FormSummary {...summary} />
      <TextField {...field("name")} autoComplete="name" />
      <TextField {...field("email")} type="email" autoComplete="username" />
      <TextField
        {...field("password")}
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={t.accounts.passwordHint(minPasswordLength)}
      />
      <TextField {...field("passwordConfirmation")} type="password" autoComplete="new-password" />
      <SubmitButton>{t.accounts.setup.submit}</SubmitButton>
    </form>
  );
}
