"use client";

import { useActionState } from "react";
import {
  fieldErrorsOf,
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
        formId="own-password"
        name="currentPassword"
        label={f.currentPassword}
        type="password"
        autoComplete="current-password"
        errors={fieldErrorsOf(state, "currentPassword")}
      />
      <TextField
        formId="own-password"
        name="newPassword"
        label={f.newPassword}
        type="password"
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={t.accounts.passwordHint(minPasswordLength)}
        errors={fieldErrorsOf(state, "newPassword")}
      />
      <TextField
        formId="own-password"
        name="newPasswordConfirmation"
        label={f.newPasswordConfirmation}
        type="password"
        autoComplete="new-password"
        errors={fieldErrorsOf(state, "newPasswordConfirmation")}
      />
      <div>
        <SubmitButton>{t.accounts.ownPassword.submit}</SubmitButton>
      </div>
    </form>
  );
}
