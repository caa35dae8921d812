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

export function OwnPasswordForm<T>({
  action,
  minPasswordLength,
}: {
  action: FormAction<T>;
  minPasswordLength: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const f = t.accounts.fields;
  const { field, summary } = bindForm(state, "own-password", {
    currentPassword: f.currentPassword,
    newPassword: f.newPassword,
    newPasswordConfirmation: f.newPasswordConfirmation,
  });
  return (
    <form
      action={formAction}
      aria-labelledby="own-password-title"
      className="flex max-w-md flex-col gap-4"
      noValidate
    >
      <FormSummary {...summary} />
      <TextField {...field("currentPassword")} type="password" autoComplete="current-password" />
      <TextField
        {...field("newPassword")}
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={t.accounts.passwordHint(minPasswordLength)}
      />
      <TextField {...field("newPasswordConfirmation")} type="password" autoComplete="new-password" />
      <div>
        <SubmitButton>{t.accounts.ownPassword.submit}</SubmitButton>
      </div>
    </form>
  );
}
