"use client";

import { AuthCard } from "@/components/accounts/auth-card";
import { ErrorNotice } from "@/components/ui/error-notice";
import { t } from "@/lib/i18n";

// An admin page that could not load, its layout's session check included (that reads the
// database too): a plain card, since the panel around it may be what failed.
export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <AuthCard title={t.admin.unavailable.title} titleId="admin-error-title">
      <title>{`${t.admin.unavailable.title} · ${t.admin.title}`}</title>
      <ErrorNotice message={t.admin.unavailable.body} error={error} retry={retry} />
    </AuthCard>
  );
}
