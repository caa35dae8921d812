import type { Metadata } from "next";
import Link from "next/link";
import { reviewCorrectionAction } from "@/app/admin/_actions/corrections";
import { ActionForm } from "@/components/admin/action-form";
import { Notice } from "@/components/admin/notice";
import { secondaryButtonClass } from "@/components/admin/ui";
import { requireUser } from "@/lib/auth/current-user";
import { listCorrections, type CorrectionView } from "@/lib/corrections/list-corrections";
import { formatTimestamp } from "@/lib/format/timestamp";
import { t } from "@/lib/i18n";

const q = t.changes.queue;

export const metadata: Metadata = { title: q.title };

function Correction({ correction }: { correction: CorrectionView }) {
  const reviewed = correction.status !== "OPEN";
  return (
    <li className="rounded border border-line p-4" aria-label={correction.entryTitle}>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[7rem_1fr]">
        <dt className="text-muted">{q.entry}</dt>
        <dd>
          <Link href={`/admin/${correction.kind}/${correction.entryId}`}>{correction.entryTitle}</Link>
        </dd>
        <dt className="text-muted">{q.message}</dt>
        <dd className="break-words whitespace-pre-line">{correction.message}</dd>
        <dt className="text-muted">{q.source}</dt>
        <dd className="break-all">
          {/* A reader's link: never followed by crawlers, never given our referrer or window. */}
          <a href={correction.sourceUrl} rel="nofollow noopener noreferrer ugc" target="_blank">
            {correction.sourceUrl}
          </a>
        </dd>
        {correction.contact ? (
          <>
            <dt className="text-muted">{q.contact}</dt>
            <dd className="break-words">{correction.contact}</dd>
          </>
        ) : null}
        <dt className="text-muted">{q.at}</dt>
        <dd>{formatTimestamp(correction.createdAt)}</dd>
        {reviewed ? (
          <>
            <dt className="text-muted">{q.status[correction.status]}</dt>
            <dd>
              {q.reviewedBy(
                correction.reviewedBy ?? t.admin.history.unknownAuthor,
                formatTimestamp(correction.reviewedAt!),
              )}
            </dd>
          </>
        ) : null}
      </dl>
      {reviewed ? null : (
        <div className="mt-3 flex flex-wrap gap-3">
          <ActionForm
            action={reviewCorrectionAction}
            hidden={{ id: correction.id, decision: "RESOLVED" }}
            submitLabel={q.resolve}
          />
          <ActionForm
            action={reviewCorrectionAction}
            hidden={{ id: correction.id, decision: "DISMISSED" }}
            submitLabel={q.dismiss}
            submitClass={secondaryButtonClass}
          />
        </div>
      )}
    </li>
  );
}

export default async function CorrectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("EDITOR");
  const [{ open, reviewed }, search] = await Promise.all([listCorrections(), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{q.title}</h1>
        <p className="mt-1 text-sm text-muted">{q.intro}</p>
      </div>
      {search.done ? <Notice>{q.done}</Notice> : null}
      <section aria-labelledby="corrections-open">
        <h2 id="corrections-open" className="mb-3 text-lg font-semibold">
          {q.open}（{open.length}）
        </h2>
        {open.length ? (
          <ul className="space-y-4">
            {open.map((correction) => (
              <Correction key={correction.id} correction={correction} />
            ))}
          </ul>
        ) : (
          <p className="text-muted">{q.none}</p>
        )}
      </section>
      {reviewed.length ? (
        <section aria-labelledby="corrections-reviewed">
          <h2 id="corrections-reviewed" className="mb-3 text-lg font-semibold">
            {q.reviewed}
          </h2>
          <ul className="space-y-4">
            {reviewed.map((correction) => (
              <Correction key={correction.id} correction={correction} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
