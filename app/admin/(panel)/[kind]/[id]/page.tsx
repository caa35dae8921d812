import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  previewMarkdownAction,
  publishCitedSourcesAction,
  publishEntryAction,
  saveEntryAction,
} from "@/app/admin/_actions/entries";
import { EntryForm } from "@/components/admin/entry-form";
import { Notice } from "@/components/admin/notice";
import { PublishPanel } from "@/components/admin/publish-panel";
import { getEntry } from "@/lib/admin/get-entry";
import { listHeldBackSources } from "@/lib/admin/cited-draft-sources";
import { loadPicked } from "@/lib/admin/load-picked";
import { listOptions } from "@/lib/kinds/fields/reference-titles";
import { requireKind } from "@/lib/admin/require-kind";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";

const e = t.admin.entry;

type Props = {
  params: Promise<{ kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The first one named in the query is shown.
const NOTICES = {
  publishFailed: t.admin.form.publishFailed,
  savedAndPublished: t.admin.form.savedAndPublished,
  created: t.admin.form.created,
  saved: t.admin.form.saved,
  published: t.admin.publish.published,
  sourcesPublished: t.admin.publish.sourcesPublished,
  unpublished: t.admin.publish.unpublished,
  scheduled: t.admin.publish.scheduled,
} as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${t.admin.form.edit}${requireKind((await params).kind).label}` };
}

export default async function EditEntryPage({ params, searchParams }: Props) {
  await requireUser("EDITOR");
  const { kind: key, id } = await params;
  const kind = requireKind(key);
  const entry = await getEntry(kind, id);
  if (!entry) notFound();
  const search = await searchParams;
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((name) => search[name]);
  const [picked, heldBack] = await Promise.all([loadPicked(search), listHeldBackSources(kind, entry.id)]);
  const base = `/admin/${kind.key}/${entry.id}`;
  const title = e.editTitle(kind.label, entry.title);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/${kind.key}`}>← {e.backToList(kind.label)}</Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold break-words">{title}</h1>
      <p className="mb-6 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="text-muted">{e.version(entry.version)}</span>
        <Link href={`${base}/history`}>{e.history}</Link>
        <Link href={`${base}/preview`}>{e.preview}</Link>
        {entry.state === "PUBLISHED" ? <Link href={entry.publicPath}>{e.publicPage}</Link> : null}
        <Link href={`${base}/delete`} className="text-red-700">
          {e.delete}
        </Link>
      </p>
      {notice ? <Notice>{NOTICES[notice]}</Notice> : null}
      {picked ? <Notice>{picked.notice}</Notice> : null}
      <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
        <div className="min-w-0 flex-1">
          <EntryForm
            key={entry.version}
            kind={kind.key}
            id={entry.id}
            title={title}
            fields={kind.fields.map((field) => field.ui)}
            options={await listOptions(kind)}
            values={entry.values}
            action={saveEntryAction}
            previewAction={previewMarkdownAction}
            historyHref={`${base}/history`}
            submitLabel={t.admin.form.save}
            publishLabel={entry.state === "DRAFT" ? t.admin.form.saveAndPublish : undefined}
            reasonRequired={entry.state === "PUBLISHED"}
            justSaved={{ created: Boolean(search.created), saved: Boolean(search.saved) }}
            picked={picked?.picked}
          />
        </div>
        <aside className="lg:sticky lg:top-4 lg:w-72">
          <PublishPanel
            key={entry.version}
            action={publishEntryAction}
            publishSourcesAction={publishCitedSourcesAction}
            heldBack={heldBack}
            kind={kind.key}
            id={entry.id}
            version={entry.version}
            state={entry.state}
            publishedAt={entry.publishedAt}
            historyHref={`${base}/history`}
          />
        </aside>
      </div>
    </>
  );
}
