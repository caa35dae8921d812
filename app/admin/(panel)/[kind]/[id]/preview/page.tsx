import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/status-badge";
import { Citations } from "@/components/site/citations";
import { FactList } from "@/components/site/fact-list";
import { PageHeader } from "@/components/site/page-header";
import { Prose } from "@/components/site/prose";
import { getEntry } from "@/lib/admin/get-entry";
import { loadNameLookup } from "@/lib/kinds/fields/reference-titles";
import { loadPreviewCitations } from "@/lib/admin/load-preview-citations";
import { requireKind } from "@/lib/admin/require-kind";
import { requireUser } from "@/lib/auth/current-user";
import { loadEntryAlternativeValues } from "@/lib/claims/load-alternative-values";
import { t } from "@/lib/i18n";

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: t.admin.entry.preview };

// Fields shown otherwise than as facts: the prose, the sources, and other values (beside their facts).
const NOT_FACTS = new Set(["markdown", "citations", "alternatives"]);

/**
 * An entry as readers will see it, drafts and scheduled entries included: its facts, its
 * Markdown through the public pages' sanitizer (components/site/prose), its sources, and the
 * other values of its facts beside them.
 */
export default async function PreviewEntryPage({ params }: Props) {
  await requireUser("EDITOR");
  const { kind: key, id } = await params;
  const kind = requireKind(key);
  const entry = await getEntry(kind, id);
  if (!entry) notFound();
  const names = await loadNameLookup([kind]);
  const facts = kind.fields
    .filter(
      (field) => !NOT_FACTS.has(field.ui.type) && field.name !== kind.titleField && field.name !== "slug",
    )
    .map((field) => ({ label: field.label, value: field.describe(entry.values, names), field: field.name }))
    .filter((fact) => fact.value !== "");
  const citations = await loadPreviewCitations(kind, id);
  const alternatives = kind.entryKind
    ? await loadEntryAlternativeValues(kind.entryKind, id, { drafts: true })
    : [];

  return (
    <>
      <p className="mb-4 flex flex-wrap items-center gap-3 rounded bg-brand-soft p-3 text-sm" role="note">
        <StatusBadge state={entry.state} publishedAt={entry.publishedAt} />
        {t.admin.preview.note}
        <Link href={`/admin/${kind.key}/${id}`}>{t.admin.form.edit}</Link>
      </p>
      <article>
        <PageHeader title={entry.title} />
        {facts.length || alternatives.length ? <FactList facts={facts} alternatives={alternatives} /> : null}
        {kind.fields
          .filter((field) => field.ui.type === "markdown")
          .map((field) => (
            <Prose key={field.name} markdown={String(entry.values[field.name] ?? "")} className="mt-6" />
          ))}
        <Citations citations={citations} />
      </article>
    </>
  );
}
