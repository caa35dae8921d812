import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { reportErrorAction } from "@/app/_actions/report-error";
import { PageHeader } from "@/components/site/page-header";
import { ReportErrorForm } from "@/components/site/report-error-form";
import { findAdminKind } from "@/lib/kinds/registry";
import { findPublishedEntry } from "@/lib/changes/find-published-entry";
import { t } from "@/lib/i18n";
import { KIND_KEYS } from "@/lib/kinds";

const r = t.changes.report;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ZReportPageQuerySchema = z.object({
  kind: z.enum(KIND_KEYS as [string, ...string[]]),
  slug: z.string().regex(/^[a-z0-9-]{1,120}$/),
  sent: z.string().optional(),
});

/** The entry the report is about, from the query; 404 for anything but a published entry. */
async function load(props: Props) {
  const query = ZReportPageQuerySchema.safeParse(await props.searchParams);
  if (!query.success) notFound();
  const entry = await findPublishedEntry(query.data.kind, query.data.slug);
  if (!entry) notFound();
  const kind = findAdminKind(query.data.kind)!;
  return { ...query.data, entry, href: kind.publicPath({ slug: query.data.slug }) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { entry } = await load(props);
  // A form, not content: kept out of search engines.
  return { title: r.title(entry.title), robots: { index: false } };
}

export default async function ReportErrorPage(props: Props) {
  const { kind, slug, sent, entry, href } = await load(props);
  const title = r.title(entry.title);
  return (
    <>
      <PageHeader title={title} intro={r.intro}>
        <p className="mt-2 text-sm">
          <Link href={href}>← {r.back}</Link>
        </p>
      </PageHeader>
      {sent ? (
        <p role="status" className="max-w-2xl rounded border border-green-300 bg-green-50 p-4">
          {r.sent}
        </p>
      ) : (
        <ReportErrorForm action={reportErrorAction} kind={kind} slug={slug} title={title} />
      )}
    </>
  );
}
