import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { logOutAction } from "@/app/admin/_actions/session";
import { LogOutForm } from "@/components/accounts/log-out-form";
import { adminKindLinks } from "@/lib/admin/kinds";
import { requireUser } from "@/lib/auth/current-user";
import { countOpenCorrections } from "@/lib/corrections/list-corrections";
import { t } from "@/lib/i18n";

export const metadata: Metadata = {
  title: { default: t.admin.title, template: `%s · ${t.admin.title}` },
};

export default async function AdminPanelLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("EDITOR");
  const openCorrections = await countOpenCorrections();
  return (
    <div className="min-h-screen bg-stone-50">
      <header className="border-b border-line bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/admin" className="font-bold text-ink">
            {t.admin.title}
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-muted">
              {user.name}（{t.accounts.roles[user.role]}）
            </span>
            <Link href="/admin/account">{t.accounts.account}</Link>
            <Link href="/">{t.admin.viewSite}</Link>
            <LogOutForm action={logOutAction} />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t.admin.nav} className="md:w-48 md:shrink-0">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm md:flex-col">
            <li>
              <Link href="/admin">{t.admin.dashboard}</Link>
            </li>
            {adminKindLinks.map((kind) => (
              <li key={kind.key}>
                <Link href={`/admin/${kind.key}`}>{kind.label}</Link>
              </li>
            ))}
            <li>
              <Link href="/admin/sources/links">{t.admin.links.nav}</Link>
            </li>
            <li>
              <Link href="/admin/corrections">
                {t.changes.queue.title}
                {openCorrections ? `（${openCorrections}）` : ""}
              </Link>
            </li>
            {user.role === "OWNER" ? (
              <>
                <li>
                  <Link href="/admin/users">{t.accounts.users}</Link>
                </li>
                <li>
                  <Link href="/admin/audit">{t.accounts.audit}</Link>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        <main id="main" className="min-w-0 flex-1 rounded-lg border border-line bg-white p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
