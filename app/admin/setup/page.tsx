import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { SetUpForm } from "@/components/accounts/set-up-form";
import { setUpFirstOwnerAction } from "@/app/admin/_actions/setup";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { t } from "@/lib/i18n";
import { hasAnyUser } from "@/lib/users/has-any-user";

// Exists only until the first account does: decided on every request, never at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: t.accounts.setup.title };

export default async function SetUpPage() {
  if (await hasAnyUser()) notFound();
  return (
    <AuthCard title={t.accounts.setup.title} titleId="set-up-title" intro={t.accounts.setup.intro}>
      <SetUpForm action={setUpFirstOwnerAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </AuthCard>
  );
}
