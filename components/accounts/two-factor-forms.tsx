"use client";

import Link from "next/link";
import { useActionState } from "react";
import {
  bindForm,
  type FormAction,
  FormSummary,
  SubmitButton,
  TextField,
} from "@/components/accounts/form-controls";
import { t } from "@/lib/i18n";

const tf = t.accounts.twoFactor;

/**
 * Confirms the secret on the page with a code from the app; then shows the recovery codes, once
 * (they are in this answer only, never stored in the clear).
 */
export function EnableTwoFactorForm({
  action,
  pending,
}: {
  action: FormAction<{ recoveryCodes: string[] }>;
  /** The secret being set up; null when two-factor sign-in is on already. */
  pending: { secret: string; uri: string; qrCode: string } | null;
}) {
  const [state, formAction] = useActionState(action, null);
  const { field, summary } = bindForm(state, "enable-two-factor", { code: t.accounts.fields.code });
  if (state?.ok) {
    return (
      <section aria-labelledby="recovery-codes-title" className="flex flex-col gap-3">
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
          {state.message}
        </p>
        <h2 id="recovery-codes-title" className="text-lg font-bold">
          {tf.recoveryCodesTitle}
        </h2>
        <ul aria-labelledby="recovery-codes-title" className="grid grid-cols-2 gap-1 font-mono text-sm">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Link href="/admin" className="text-brand">
          {tf.continue}
        </Link>
      </section>
    );
  }
  if (!pending) {
    return (
      <p role="status" className="text-sm">
        {tf.alreadyOn}{" "}
        <Link href="/admin/account" className="text-brand">
          {t.accounts.account}
        </Link>
      </p>
    );
  }
  return (
    <form action={formAction} aria-labelledby="two-factor-title" className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-muted">{tf.intro}</p>
      {/* A data: URL made on the server; next/image has nothing to optimise here. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={pending.qrCode} alt={tf.qrAlt} width={200} height={200} className="self-center" />
      <dl className="flex flex-col gap-1 text-sm">
        <dt className="font-medium">{tf.secretLabel}</dt>
        <dd>
          <code data-testid="totp-secret" className="break-all">
            {pending.secret}
          </code>
        </dd>
        <dt className="font-medium">{tf.uriLabel}</dt>
        <dd>
          <code className="break-all text-xs">{pending.uri}</code>
        </dd>
      </dl>
      <FormSummary {...summary} />
      <TextField {...field("code")} autoComplete="one-time-code" hint={tf.enrolCodeHint} />
      <div>
        <SubmitButton>{tf.confirm}</SubmitButton>
      </div>
    </form>
  );
}

/** Turns two-factor sign-in off, with the password and a code. */
export function DisableTwoFactorForm<T>({ action }: { action: FormAction<T> }) {
  const [state, formAction] = useActionState(action, null);
  const f = t.accounts.fields;
  const { field, summary } = bindForm(state, "disable-two-factor", {
    password: f.currentPassword,
    code: f.code,
  });
  return (
    <form
      action={formAction}
      aria-labelledby="disable-two-factor-title"
      className="flex max-w-md flex-col gap-4"
      noValidate
    >
      <FormSummary {...summary} />
      <TextField {...field("password")} type="password" autoComplete="current-password" />
      <TextField {...field("code")} autoComplete="one-time-code" hint={tf.codeHint} />
      <div>
        <SubmitButton tone="plain">{tf.disable}</SubmitButton>
      </div>
    </form>
  );
}
