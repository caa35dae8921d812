import type { Metadata } from "next";
import { FilterForm } from "@/components/site/filter-form";
import { Pagination } from "@/components/site/pagination";
import { AUDIT_ACTION_OPTIONS, type AuditActor, listAuditLog } from "@/lib/audit/list-audit-log";
import { requireUser } from "@/lib/auth/current-user";
import { formatTimestamp } from "@/lib/format/timestamp";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t.accounts.auditLog.title };

const s = t.accounts.auditLog;

function actorLabel(actor: AuditActor): string {
  switch (actor.kind) {
    case "user":
      return actor.email;
    case "cli":
      return s.cli;
    case "unknown":
      return s.unknownActor;
    case "none":
      return s.none;
  }
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser("OWNER");
  const log = await listAuditLog(await searchParams);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{s.title}</h1>
        <p className="mt-1 text-sm text-muted">{s.intro}</p>
      </div>
      <FilterForm
        action="/admin/audit"
        fields={[
          {
            name: "action",
            label: s.action,
            value: log.filters.action,
            options: AUDIT_ACTION_OPTIONS.map((action) => ({
              value: action,
              label: t.accounts.auditActions[action],
            })),
          },
        ]}
      />
      <p className="text-sm text-muted" role="status">
        {t.common.results(log.total)}
      </p>
      {log.entries.length ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{s.caption}</caption>
            <thead>
              <tr className="border-b border-line text-muted">
                <th scope="col" className="py-2 pe-3 font-medium">
                  {s.time}
                </th>
                <th scope="col" className="py-2 pe-3 font-medium">
                  {s.action}
                </th>
                <th scope="col" className="py-2 pe-3 font-medium">
                  {s.email}
                </th>
                <th scope="col" className="py-2 pe-3 font-medium">
                  {s.ip}
                </th>
                <th scope="col" className="py-2 pe-3 font-medium">
                  {s.actor}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {s.detail}
                </th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id} className="border-b border-line align-top">
                  <td className="py-2 pe-3 whitespace-nowrap">
                    <time dateTime={entry.createdAt}>{formatTimestamp(entry.createdAt)}</time>
                  </td>
                  <td className="py-2 pe-3 whitespace-nowrap">{t.accounts.auditActions[entry.action]}</td>
                  <td className="py-2 pe-3 break-all">{entry.email || s.none}</td>
                  <td className="py-2 pe-3 break-all">{entry.ip || s.none}</td>
                  <td className="py-2 pe-3 break-all">{actorLabel(entry.actor)}</td>
                  <td className="py-2">{entry.detail || s.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{s.empty}</p>
      )}
      <Pagination
        path="/admin/audit"
        params={{ action: log.filters.action }}
        page={log.page}
        pageCount={log.pageCount}
      />
    </div>
  );
}
