import type { Metadata } from "next";
import { OwnPasswordForm } from "@/components/accounts/own-password-form";
import Link from "next/link";
import { changeOwnPasswordAction } from "@/app/admin/_actions/own-password";
import { disableTwoFactorAction } from "@/app/admin/_actions/two-factor";
import { DisableTwoFactorForm } from "@/components/accounts/two-factor-forms";
import { requireUser } from "@/lib/auth/current-user";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { t } from "@/lib/i18n";
import { twoFactorEnabledAt } from "@/lib/users/two-factor-enrolment";

export const metadata: Metadata = { title: t.accounts.ownPassword.title };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("EDITOR");
  const { changed, "two-factor": twoFactorChange } = await searchParams;
  const tf = t.accounts.twoFactor;
  const enabledAt = await twoFactorEnabledAt(user.id);
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
      <section
        aria-labelledby="two-factor-title"
        className="mt-6 flex flex-col gap-3 border-t border-line pt-6"
      >
        <h2 id="two-factor-title" className="text-xl font-bold">
          {tf.title}
        </h2>
        {twoFactorChange === "off" && !enabledAt ? (
          <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm">
            {tf.disabled}
          </p>
        ) : null}
        {enabledAt ? (
          <>
            <p className="text-sm">{tf.statusOn(enabledAt.toISOString().slice(0, 10))}</p>
            <h3 id="disable-two-factor-title" className="font-bold">
              {tf.disableTitle}
            </h3>
            <p className="text-sm text-muted">{tf.disableIntro}</p>
            <DisableTwoFactorForm action={disableTwoFactorAction} />
          </>
        ) : (
          <>
            <p className="text-sm">{tf.statusOff}</p>
            <p>
              <Link href="/admin/two-factor" className="text-brand">
                {tf.enable}
              </Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
