import type { Metadata } from "next";
import { CreateUserForm } from "@/components/accounts/create-user-form";
import { UserRowActions } from "@/components/accounts/user-row-actions";
import {
  changeUserRoleAction,
  createUserAction,
  disableUserAction,
  enableUserAction,
  resetTwoFactorAction,
  resetUserPasswordAction,
  setTwoFactorPolicyAction,
} from "@/app/admin/_actions/users";
import { TwoFactorPolicyForm } from "@/components/accounts/two-factor-policy-form";
import { isTwoFactorRequired } from "@/lib/settings/two-factor-policy";
import { requireUser } from "@/lib/auth/current-user";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { formatTimestamp } from "@/lib/format/timestamp";
import { t } from "@/lib/i18n";
import { listUsers } from "@/lib/users/list-users";

export const metadata: Metadata = { title: t.accounts.userList.title };

const rowActions = {
  changeRole: changeUserRoleAction,
  disable: disableUserAction,
  enable: enableUserAction,
  resetPassword: resetUserPasswordAction,
  resetTwoFactor: resetTwoFactorAction,
};

export default async function UsersPage() {
  const me = await requireUser("OWNER");
  const [users, twoFactorRequired] = await Promise.all([listUsers(), isTwoFactorRequired()]);
  const s = t.accounts.userList;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{s.title}</h1>
        <p className="mt-1 text-sm text-muted">{s.intro}</p>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{s.caption}</caption>
          <thead>
            <tr className="border-b border-line text-muted">
              <th scope="col" className="py-2 pe-3 font-medium">
                {s.name}
              </th>
              <th scope="col" className="py-2 pe-3 font-medium">
                {s.email}
              </th>
              <th scope="col" className="py-2 pe-3 font-medium">
                {s.role}
              </th>
              <th scope="col" className="py-2 pe-3 font-medium">
                {s.status}
              </th>
              <th scope="col" className="py-2 pe-3 font-medium">
                {s.created}
              </th>
              <th scope="col" className="py-2 font-medium">
                {s.actions}
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className="border-b border-line align-top">
                <th scope="row" className="py-3 pe-3 font-medium">
                  {user.name}
                  {user.id === me.id ? <span className="text-muted">{s.you}</span> : null}
                </th>
                <td className="py-3 pe-3 break-all">{user.email}</td>
                <td className="py-3 pe-3">{t.accounts.roles[user.role]}</td>
                <td className="py-3 pe-3">
                  {user.disabledAt ? s.disabled : s.enabled}
                  {user.twoFactor ? (
                    <span className="block text-muted">{t.accounts.twoFactor.on}</span>
                  ) : null}
                </td>
                <td className="py-3 pe-3 whitespace-nowrap">
                  <time dateTime={user.createdAt}>{formatTimestamp(user.createdAt)}</time>
                </td>
                <td className="py-3">
                  {user.id === me.id ? null : (
                    <UserRowActions
                      user={{
                        id: user.id,
                        name: user.name,
                        role: user.role,
                        disabled: Boolean(user.disabledAt),
                        twoFactor: user.twoFactor,
                      }}
                      actions={rowActions}
                      minPasswordLength={MIN_PASSWORD_LENGTH}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TwoFactorPolicyForm action={setTwoFactorPolicyAction} required={twoFactorRequired} />
      <CreateUserForm action={createUserAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
