import type { Metadata } from "next";
import { logOutAction } from "@/app/admin/_actions/session";
import { enableTwoFactorAction } from "@/app/admin/_actions/two-factor";
import { AuthCard } from "@/components/accounts/auth-card";
import { LogOutForm } from "@/components/accounts/log-out-form";
import { EnableTwoFactorForm } from "@/components/accounts/two-factor-forms";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { pendingEnrolment } from "@/lib/users/two-factor-enrolment";

// Outside the admin's panel layout: when owners require two-factor sign-in, this is the one page
// a user without it may open (besides signing out).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: t.accounts.twoFactor.setupTitle };

export default async function TwoFactorSetupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("EDITOR", { twoFactorSetup: true });
  const { required } = await searchParams;
  const pending = user.twoFactor ? null : await pendingEnrolment(user.id);
  return (
    <AuthCard
      title={t.accounts.twoFactor.setupTitle}
      titleId="two-factor-title"
      intro={required === "1" && !user.twoFactor ? t.accounts.twoFactor.required : undefined}
    >
      <EnableTwoFactorForm action={enableTwoFactorAction} pending={pending} />
      <div className="mt-6 border-t border-line pt-4 text-sm">
        <LogOutForm action={logOutAction} />
      </div>
    </AuthCard>
  );
}
