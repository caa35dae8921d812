import type { Metadata } from "next";
import { OwnPasswordForm } from "@/components/accounts/own-password-form";
import { changeOwnPasswordAction } from "@/app/admin/_actions/own-password";
import { requireUser } from "@/lib/auth/current-user";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.accounts.ownPassword.title };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("EDITOR");
  const { changed } = await searchParams;
  return (
    <div className="flex flex-col gap-4">
      <h1 id="own-password-title" className="text-2xl font-bold">
        {t.accounts.ownPassword.title}
      </h1>
      <p className="text-sm text-muted">
        {user.name}（{user.email}）。{t.accounts.ownPassword.intro}
      </p>
      {changed === "1" ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
          {t.accounts.results.ownPasswordChanged}
        </p>
      ) : null}
      <OwnPasswordForm action={changeOwnPasswordAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
