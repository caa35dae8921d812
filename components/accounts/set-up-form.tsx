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

export function SetUpForm<T>({
  action,
  minPasswordLength,
}: {
  action: FormAction<T>;
  minPasswordLength: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const f = t.accounts.fields;
  return (
    <form action={formAction} className="flex flex-col gap-4" aria-labelledby="set-up-title" noValidate>
      <FormMessage state={state} />
      <TextField
        formId="set-up"
        name="name"
        label={f.name}
        autoComplete="name"
        defaultValue={valueOf(state, "name")}
        errors={fieldErrorsOf(state, "name")}
      />
      <TextField
        formId="set-up"
        name="email"
        label={f.email}
        type="email"
        autoComplete="username"
        defaultValue={valueOf(state, "email")}
        errors={fieldErrorsOf(state, "email")}
      />
      <TextField
        formId="set-up"
        name="password"
        label={f.password}
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={t.accounts.passwordHint(minPasswordLength)}
        errors={fieldErrorsOf(state, "password")}
      />
      <TextField
        formId="set-up"
        name="passwordConfirmation"
        label={f.passwordConfirmation}
        type="password"
        autoComplete="new-password"
        errors={fieldErrorsOf(state, "passwordConfirmation")}
      />
      <SubmitButton>{t.accounts.setup.submit}</SubmitButton>
    </form>
  );
}
