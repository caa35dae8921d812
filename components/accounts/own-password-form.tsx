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

export function OwnPasswordForm<T>({
  action,
  minPasswordLength,
}: {
  action: FormAction<T>;
  minPasswordLength: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const field = bindField(state, "own-password");
  const f = t.accounts.fields;
  return (
    <form
      action={formAction}
      aria-labelledby="own-password-title"
      className="flex max-w-md flex-col gap-4"
      noValidate
    >
      <FormMessage state={state} />
      <TextField
        {...field("currentPassword")}
        label={f.currentPassword}
        type="password"
        autoComplete="current-password"
      />
      <TextField
        {...field("newPassword")}
        label={f.newPassword}
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={t.accounts.passwordHint(minPasswordLength)}
      />
      <TextField
        {...field("newPasswordConfirmation")}
        label={f.newPasswordConfirmation}
        type="password"
        autoComplete="new-password"
      />
      <div>
        <SubmitButton>{t.accounts.ownPassword.submit}</SubmitButton>
      </div>
    </form>
  );
}
