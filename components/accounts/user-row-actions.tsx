"use client";

import { useActionState } from "react";
import { type FormAction, FormMessage, SubmitButton } from "@/components/accounts/form-controls";
import type { Role } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";

interface RowUser {
  id: string;
  name: string;
  role: Role;
  disabled: boolean;
  twoFactor: boolean;
}

export interface UserRowActionsProps<T> {
  user: RowUser;
  actions: {
    changeRole: FormAction<T>;
    disable: FormAction<T>;
    enable: FormAction<T>;
    resetPassword: FormAction<T>;
    resetTwoFactor: FormAction<T>;
  };
  minPasswordLength: number;
}

const s = t.accounts.userList;

/** What an owner can do to another user, one small form each, answering beside itself. */
export function UserRowActions<T>({ user, actions, minPasswordLength }: UserRowActionsProps<T>) {
  return (
    <div className="flex flex-col gap-2">
      <RoleForm user={user} action={actions.changeRole} />
      <StatusForm user={user} action={user.disabled ? actions.enable : actions.disable} />
      <ResetPasswordForm user={user} action={actions.resetPassword} minPasswordLength={minPasswordLength} />
      <ResetTwoFactorForm user={user} action={actions.resetTwoFactor} />
    </div>
  );
}

function RoleForm<T>({ user, action }: { user: RowUser; action: FormAction<T> }) {
  const [state, formAction] = useActionState(action, null);
  const id = `role-${user.id}`;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {s.roleOf(user.name)}
        </label>
        <select
          id={id}
          name="role"
          defaultValue={user.role}
          key={user.role}
          className="rounded border border-stone-300 bg-white px-2 py-1 text-sm"
        >
          {(["EDITOR", "OWNER"] as const).map((role) => (
            <option key={role} value={role}>
              {t.accounts.roles[role]}
            </option>
          ))}
        </select>
        <SubmitButton tone="plain">{s.changeRole}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

function StatusForm<T>({ user, action }: { user: RowUser; action: FormAction<T> }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      <div>
        <SubmitButton tone="plain">{user.disabled ? s.enable : s.disable}</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** Offered while the user has 2FA; stays mounted after the reset so its answer stays shown. */
function ResetTwoFactorForm<T>({ user, action }: { user: RowUser; action: FormAction<T> }) {
  const [state, formAction] = useActionState(action, null);
  if (!user.twoFactor && !state) return null;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="userId" value={user.id} />
      {user.twoFactor ? (
        <div>
          <SubmitButton tone="plain">{t.accounts.twoFactor.reset}</SubmitButton>
        </div>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}

function ResetPasswordForm<T>({
  user,
  action,
  minPasswordLength,
}: {
  user: RowUser;
  action: FormAction<T>;
  minPasswordLength: number;
}) {
  const [state, formAction] = useActionState(action, null);
  const id = `reset-${user.id}`;
  const errors = state && !state.ok ? (state.fieldErrors?.password ?? []) : [];
  return (
    <div className="flex flex-col gap-1">
      <details className="text-sm" open={Boolean(state && !state.ok) || undefined}>
        <summary className="cursor-pointer text-brand">{s.resetPassword}</summary>
        <form action={formAction} className="mt-2 flex flex-col gap-1" noValidate>
          <input type="hidden" name="userId" value={user.id} />
          <label htmlFor={id}>{s.newPasswordOf(user.name)}</label>
          <div className="flex flex-wrap items-center gap-2">
            <input
              id={id}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={minPasswordLength}
              aria-invalid={errors.length ? true : undefined}
              aria-describedby={errors.length ? `${id}-error` : `${id}-hint`}
              className="rounded border border-stone-300 px-2 py-1"
            />
            <SubmitButton tone="plain">{s.confirmReset}</SubmitButton>
          </div>
          {errors.length ? (
            <p id={`${id}-error`} className="text-red-700">
              {errors.join(" ")}
            </p>
          ) : (
            <p id={`${id}-hint`} className="text-muted">
              {t.accounts.passwordHint(minPasswordLength)}
            </p>
          )}
        </form>
      </details>
      <FormMessage state={state} />
    </div>
  );
}
