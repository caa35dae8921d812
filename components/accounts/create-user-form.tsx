"use client";

import { useActionState } from "react";
import {
  bindForm,
  type FormAction,
  FormSummary,
  SelectField,
  SubmitButton,
  TextField,
  valueOf,
} from "@/components/accounts/form-controls";
import { t } from "@/lib/i18n";

export function CreateUserForm<T>({
  action,
  minPasswordLength,
}: {
  action: FormAction<T>;
  minPasswordLength: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const f = t.accounts.fields;
  const { field, summary } = bindForm(state, "create-user", {
    name: f.name,
    email: f.email,
    role: f.role,
    password: f.initialPassword,
  });
  return (
    <form
      action={formAction}
      aria-labelledby="create-user-title"
      className="flex flex-col gap-4 rounded-lg border border-line p-4"
      noValidate
    >
      <h2 id="create-user-title" className="text-lg font-semibold">
        {t.accounts.createUser.title}
      </h2>
      <FormSummary {...summary} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name")} autoComplete="off" />
        <TextField {...field("email")} type="email" autoComplete="off" />
        <SelectField
          {...field("role")}
          defaultValue={valueOf(state, "role") ?? "EDITOR"}
          options={(["EDITOR", "OWNER"] as const).map((role) => ({
            value: role,
            label: t.accounts.roleDescriptions[role],
          }))}
        />
        <TextField
          {...field("password")}
          type="password"
          autoComplete="new-password"
          minLength={minPasswordLength}
          hint={t.accounts.passwordHint(minPasswordLength)}
        />
      </div>
      <div>
        <SubmitButton>{t.accounts.createUser.submit}</SubmitButton>
      </div>
    </form>
  );
}
