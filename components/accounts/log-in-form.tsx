"use client";

import { useActionState } from "react";
import {
  bindForm,
  type FormAction,
  FormMessage,
  FormSummary,
  SubmitButton,
  TextField,
  valueOf,
} from "@/components/accounts/form-controls";
import { t } from "@/lib/i18n";

/**
 * Email and password; then, for an account with two-factor sign-in, a code. The second step
 * keeps the email and the server's signed ticket for the password in hidden fields (never the
 * password itself), so it works without JavaScript too.
 */
export function LogInForm({
  action,
  notice,
}: {
  action: FormAction<{ ticket: string; email: string }>;
  notice?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const f = t.accounts.fields;
  const ticket = state?.ok ? state.data.ticket : valueOf(state, "ticket");
  const email = state?.ok ? state.data.email : valueOf(state, "email");
  const { field, summary } = bindForm(state, "log-in", {
    email: f.email,
    password: f.password,
    code: f.code,
  });
  if (ticket) {
    return (
      <form action={formAction} className="flex flex-col gap-4" aria-labelledby="log-in-title" noValidate>
        {state?.ok ? <FormMessage state={state} /> : <FormSummary {...summary} />}
        <input type="hidden" name="email" value={email ?? ""} />
        <input type="hidden" name="ticket" value={ticket} />
        <TextField {...field("code")} autoComplete="one-time-code" hint={t.accounts.twoFactor.codeHint} />
        <SubmitButton>{t.accounts.login.submit}</SubmitButton>
      </form>
    );
  }
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
