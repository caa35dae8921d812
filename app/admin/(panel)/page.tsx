import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatTimestamp } from "@/lib/format/timestamp";
import { getDashboard } from "@/lib/admin/get-dashboard";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";

const home = t.admin.home;

// The panel layout's title template applies to pages below it, not to this one beside it.
export const metadata: Metadata = { title: { absolute: `${t.admin.dashboard} · ${t.admin.title}` } };

export default async function AdminDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("EDITOR");
  const { forbidden } = await searchParams;
  const { drafts, scheduled, recent } = await getDashboard();

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">{t.admin.dashboard}</h1>
      {forbidden ? (
        <p role="alert" className="mb-6 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {home.forbidden}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Section id="drafts" title={home.drafts} empty={home.noDrafts} count={drafts.length}>
          {drafts.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`}>
              <Link href={`/admin/${entry.kind}/${entry.id}`}>{entry.title}</Link>
              <span className="text-muted">
                {" "}
                · {t.admin.kinds[entry.kind]} · {formatTimestamp(entry.updatedAt)}
              </span>
            </li>
          ))}
        </Section>
        <Section id="scheduled" title={home.scheduled} empty={home.noScheduled} count={scheduled.length}>
          {scheduled.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`}>
              <Link href={`/admin/${entry.kind}/${entry.id}`}>{entry.title}</Link>
              <span className="text-muted">
                {" "}
                · {t.admin.kinds[entry.kind]} ·{" "}
                {entry.publishedAt ? t.admin.publish.scheduledFor(formatTimestamp(entry.publishedAt)) : null}
              </span>
            </li>
          ))}
        </Section>
      </div>
      <Section id="recent" title={home.recent} empty={home.noRecent} count={recent.length}>
        {recent.map((change) => (
          <li key={change.id}>
            <time dateTime={change.createdAt} className="text-muted">
              {formatTimestamp(change.createdAt)}
            </time>{" "}
            {change.author ?? t.admin.history.unknownAuthor} {t.admin.actionsLabel[change.action]}
            {t.admin.kinds[change.kind]}{" "}
            <Link href={`/admin/${change.kind}/${change.entryId}/history`}>{change.title}</Link>
            <span className="text-muted">（{t.admin.entry.version(change.version)}）</span>
          </li>
        ))}
      </Section>
    </>
  );
}

function Section({
  id,
  title,
  empty,
  count,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6 first:mt-0 lg:mt-0">
      <h2 id={`${id}-heading`} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {count === 0 ? (
        <p className="text-sm text-muted">{empty}</p>
      ) : (
        <ul className="space-y-1 text-sm">{children}</ul>
      )}
    </section>
  );
}
