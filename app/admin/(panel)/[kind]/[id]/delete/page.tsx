import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteEntryAction } from "@/app/admin/_actions/entries";
import { ActionForm } from "@/components/admin/action-form";
import { dangerButtonClass } from "@/components/admin/ui";
import { findReferrers } from "@/lib/content/find-referrers";
import { getEntry } from "@/lib/admin/get-entry";
import { requireKind } from "@/lib/admin/require-kind";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";

const d = t.admin.delete;

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: t.admin.entry.delete };

/** The confirmation step of a delete: a page of its own, so it needs no JavaScript. */
export default async function DeleteEntryPage({ params }: Props) {
  await requireUser("EDITOR");
  const { kind: key, id } = await params;
  const kind = requireKind(key);
  const entry = await getEntry(kind, id);
  if (!entry) notFound();
  const referrers = await findReferrers(kind, id);
  const base = `/admin/${kind.key}/${id}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={base}>← {t.admin.form.edit}</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold break-words">{d.title(entry.title)}</h1>
      {referrers.length > 0 ? (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-semibold">{d.refused}</p>
          <ul className="mt-2 list-disc ps-5">
            {referrers.map((referrer) => (
              <li key={`${referrer.kind}:${referrer.id}`}>
                <Link href={`/admin/${referrer.kind}/${referrer.id}`}>
                  {d.referrer(t.admin.kinds[referrer.kind], referrer.title)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="space-y-4">
          <p className="text-sm">{d.warning}</p>
          <ActionForm
            action={deleteEntryAction}
            label={d.title(entry.title)}
            hidden={{ kind: kind.key, id, version: String(entry.version) }}
            inputs={[{ name: "confirm", label: d.confirm, type: "checkbox", value: "yes", required: true }]}
            submitLabel={d.submit}
            submitClass={dangerButtonClass}
            conflictHref={`${base}/history`}
            conflictLabel={t.admin.form.viewHistory}
          />
          <Link href={base} className="inline-block text-sm">
            {d.cancel}
          </Link>
        </div>
      )}
    </>
  );
}
