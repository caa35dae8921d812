import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { checkSourceLinksAction } from "@/app/admin/_actions/source-links";
import { ActionForm } from "@/components/admin/action-form";
import { Notice } from "@/components/admin/notice";
import { secondaryButtonClass } from "@/components/admin/ui";
import { requireUser } from "@/lib/auth/current-user";
import { formatTimestamp } from "@/lib/format/timestamp";
import { t } from "@/lib/i18n";
import { PERMANENT_REDIRECTS } from "@/lib/sources/check-links";
import { ADMIN_LINK_LIMIT, listAdminLinkProblems } from "@/lib/sources/check-links-from-admin";
import type { LinkProblem } from "@/lib/sources/list-link-problems";

const l = t.admin.links;

export const metadata: Metadata = { title: l.title };

/** The counts the check's redirect carries back; anything else shows no notice. */
const ZDoneSchema = z.object({
  checked: z.coerce.number().int().min(0).max(100_000),
  problems: z.coerce.number().int().min(0).max(100_000),
  remaining: z.coerce.number().int().min(0).max(1_000_000),
});

/** An address from a check's answer, linked only when it is a web address. */
function ExternalLink({ href }: { href: string }) {
  return /^https?:\/\//i.test(href) ? (
    <a href={href} rel="noopener noreferrer" className="break-all">
      {href}
    </a>
  ) : (
    <span className="break-all">{href}</span>
  );
}

function result(problem: LinkProblem): string {
  if (problem.outcome === "MOVED") {
    const kind =
      problem.httpStatus && PERMANENT_REDIRECTS.has(problem.httpStatus) ? l.permanent : l.temporary;
    return `${kind}（${problem.httpStatus}）`;
  }
  const label = l.outcome[problem.outcome];
  if (problem.httpStatus) return `${label}（${problem.httpStatus}）`;
  return problem.error ? `${label}：${problem.error}` : label;
}

function ProblemTable({
  problems,
  id,
  heading,
  moved = false,
}: {
  problems: LinkProblem[];
  id: string;
  heading: string;
  /** Redirects: their targets get a column. */
  moved?: boolean;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {heading}（{problems.length}）
      </h2>
      {problems.length === 0 ? (
        <p className="text-muted">{l.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-line text-left text-muted">
                <th scope="col" className="py-2 pe-3 font-normal">
                  {l.source}
                </th>
                <th scope="col" className="py-2 pe-3 font-normal">
                  {l.link}
                </th>
                <th scope="col" className="py-2 pe-3 font-normal">
                  {l.result}
                </th>
                {moved ? (
                  <th scope="col" className="py-2 pe-3 font-normal">
                    {l.target}
                  </th>
                ) : null}
                <th scope="col" className="py-2 pe-3 font-normal">
                  {l.checkedAt}
                </th>
                <th scope="col" className="py-2 font-normal">
                  <span className="sr-only">{l.recheck}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {problems.map((problem) => (
                <tr key={problem.sourceId} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pe-3 text-left font-medium">
                    <Link href={`/admin/sources/${problem.sourceId}`} className="break-words">
                      {problem.title}
                    </Link>
                  </th>
                  <td className="max-w-64 py-2 pe-3">
                    <ExternalLink href={problem.url} />
                  </td>
                  <td className="py-2 pe-3">{result(problem)}</td>
                  {moved ? (
                    <td className="max-w-64 py-2 pe-3">
                      {problem.location ? <ExternalLink href={problem.location} /> : l.noTarget}
                    </td>
                  ) : null}
                  <td className="py-2 pe-3 whitespace-nowrap text-muted">
                    {formatTimestamp(problem.checkedAt)}
                  </td>
                  <td className="py-2">
                    <ActionForm
                      action={checkSourceLinksAction}
                      hidden={{ sourceId: problem.sourceId }}
                      submitLabel={l.recheck}
                      submitClass={secondaryButtonClass}
                      label={l.recheckOf(problem.title)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export default async function SourceLinksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("EDITOR");
  const [report, search] = await Promise.all([listAdminLinkProblems(), searchParams]);
  const done = ZDoneSchema.safeParse(search);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{l.title}</h1>
        <p className="mt-1 text-sm text-muted">{l.intro}</p>
      </div>
      {done.success ? (
        <Notice>{l.done(done.data.checked, done.data.problems, done.data.remaining)}</Notice>
      ) : null}
      <div className="rounded-lg bg-stone-50 p-3">
        <p className="mb-3 text-sm">
          {l.summary(report.checked, report.sources)}
          {report.lastCheckedAt ? l.lastChecked(formatTimestamp(report.lastCheckedAt)) : l.neverChecked}
        </p>
        <ActionForm
          action={checkSourceLinksAction}
          hidden={{}}
          inputs={[{ name: "match", label: l.match, type: "text", help: l.matchHelp }]}
          submitLabel={l.run}
          label={l.run}
        />
        <p className="mt-2 text-xs text-muted">{l.runHelp(ADMIN_LINK_LIMIT)}</p>
      </div>
      <ProblemTable problems={report.broken} id="links-broken" heading={l.broken} />
      <ProblemTable problems={report.moved} id="links-moved" heading={l.moved} moved />
    </div>
  );
}
