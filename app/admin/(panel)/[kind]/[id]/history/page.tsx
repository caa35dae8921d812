import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { restoreRevisionAction } from "@/app/admin/_actions/entries";
import { ActionForm } from "@/components/admin/action-form";
import { ChangeTable } from "@/components/admin/change-table";
import { Notice } from "@/components/admin/notice";
import { secondaryButtonClass } from "@/components/admin/ui";
import { formatTimestamp } from "@/lib/format/timestamp";
import { getHistory } from "@/lib/admin/get-history";
import { requireKind } from "@/lib/admin/require-kind";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";

const h = t.admin.history;

type Props = {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: t.admin.entry.history };

export default async function EntryHistoryPage({ params, searchParams }: Props) {
  await requireUser("EDITOR");
  const { kind: key, id } = await params;
  const kind = requireKind(key);
  const history = await getHistory(kind, id);
  if (!history) notFound();
  const { restored } = await searchParams;
  const base = `/admin/${kind.key}/${id}`;

  return (
    <>
      <p className="mb-2 text-sm">
        {history.exists ? (
          <Link href={base}>← {t.admin.form.edit}</Link>
        ) : (
          <Link href={`/admin/${kind.key}`}>← {t.admin.entry.backToList(kind.label)}</Link>
        )}
      </p>
      <h1 className="mb-4 text-2xl font-bold break-words">{h.title(history.title)}</h1>
      {restored ? <Notice>{h.restored}</Notice> : null}
      {history.exists ? null : <p className="mb-4 rounded bg-stone-100 p-3 text-sm">{h.deletedEntry}</p>}
      {history.items.length === 0 ? <p className="text-sm text-muted">{h.none}</p> : null}
      <ol className="space-y-6">
        {history.items.map((item, index) => {
          const heading = `${t.admin.entry.version(item.version)} · ${t.admin.actionsLabel[item.action]}`;
          // Restoring the current state would change nothing; a deleted entry can return from any.
          const restorable = !history.exists || index > 0;
          return (
            <li key={item.id}>
              <article aria-label={heading} className="rounded-lg border border-line p-4">
                <header className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="font-semibold">{heading}</h2>
                  <p className="text-sm text-muted">
                    {h.by}：{item.author ?? h.unknownAuthor} · {h.when}：
                    <time dateTime={item.createdAt}>{formatTimestamp(item.createdAt)}</time>
                  </p>
                </header>
                {item.action === "DELETE" ? null : <ChangeTable changes={item.changes} caption={heading} />}
                {restorable ? (
                  <div className="mt-3">
                    <ActionForm
                      action={restoreRevisionAction}
                      label={`${h.restore}：${t.admin.entry.version(item.version)}`}
                      hidden={{
                        kind: kind.key,
                        id,
                        version: String(history.currentVersion),
                        revisionId: item.id,
                      }}
                      submitLabel={h.restore}
                      submitClass={secondaryButtonClass}
                    />
                    <p className="mt-1 text-xs text-muted">{h.restoreHelp}</p>
                  </div>
                ) : null}
              </article>
            </li>
          );
        })}
      </ol>
    </>
  );
}
