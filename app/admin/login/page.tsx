import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { LogInForm } from "@/components/accounts/log-in-form";
import { logInAction } from "@/app/admin/_actions/session";
import { getCurrentUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";
import { hasAnyUser } from "@/lib/users/has-any-user";

// Depends on the database and the session cookie: decided on every request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: t.accounts.login.title };

export default async function LogInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!(await hasAnyUser())) redirect("/admin/setup");
  if (await getCurrentUser()) redirect("/admin");
  const { reason } = await searchParams;
  return (
    <AuthCard title={t.accounts.login.title} titleId="log-in-title">
      <LogInForm
        action={logInAction}
        notice={reason === "password-changed" ? t.accounts.login.passwordChanged : undefined}
      />
    </AuthCard>
  );
}
