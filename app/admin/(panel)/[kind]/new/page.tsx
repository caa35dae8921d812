import type { Metadata } from "next";
import Link from "next/link";
import { previewMarkdownAction, saveEntryAction } from "@/app/admin/_actions/entries";
import { EntryForm } from "@/components/admin/entry-form";
import { Notice } from "@/components/admin/notice";
import { loadPicked } from "@/lib/admin/load-picked";
import { readReturnTo } from "@/lib/admin/return-to";
import { listOptions } from "@/lib/kinds/fields/reference-titles";
import { requireKind } from "@/lib/admin/require-kind";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";

type Props = {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: t.admin.entry.newTitle(requireKind((await params).kind).label) };
}

export default async function NewEntryPage({ params, searchParams }: Props) {
  await requireUser("EDITOR");
  const kind = requireKind((await params).kind);
  const title = t.admin.entry.newTitle(kind.label);
  const query = await searchParams;
  // Created for another form's field: it goes back there once saved.
  const returnTo = readReturnTo(query.return, query.field) ?? undefined;
  const picked = await loadPicked(query);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/${kind.key}`}>← {t.admin.entry.backToList(kind.label)}</Link>
      </p>
      <h1 className="mb-6 text-2xl font-bold">{title}</h1>
      {returnTo ? (
        <Notice>
          {t.admin.form.returnsTo} <Link href={returnTo.path}>{t.admin.form.backToForm}</Link>
        </Notice>
      ) : null}
      {picked ? <Notice>{picked.notice}</Notice> : null}
      <EntryForm
        kind={kind.key}
        title={title}
        fields={kind.fields.map((field) => field.ui)}
        options={await listOptions(kind)}
        values={{}}
        action={saveEntryAction}
        previewAction={previewMarkdownAction}
        submitLabel={t.admin.form.create}
        publishLabel={t.admin.form.saveAndPublish}
        returnTo={returnTo}
        slugFrom={kind.titleField}
        picked={picked?.picked}
      />
    </>
  );
}
