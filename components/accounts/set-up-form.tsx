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

export function SetUpForm<T>({
  action,
  minPasswordLength,
}: {
  action: FormAction<T>;
  minPasswordLength: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const field = bindField(state, "set-up");
  const f = t.accounts.fields;
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby="set-up-title" noValidate>
      <FormMessage state={state} />
      <TextField {...field("name")} label={f.name} autoComplete="name" />
      <TextField {...field("email")} label={f.email} type="email" autoComplete="username" />
      <TextField
        {...field("password")}
        label={f.password}
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={t.accounts.passwordHint(minPasswordLength)}
      />
      <TextField
        {...field("passwordConfirmation")}
        label={f.passwordConfirmation}
        type="password"
        autoComplete="new-password"
      />
      <SubmitButton>{t.accounts.setup.submit}</SubmitButton>
    </form>
  );
}
