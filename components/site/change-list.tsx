import Link from "next/link";
import type { PublicChange } from "@/lib/changes/list-public-changes";
import { changeLogPath } from "@/lib/changes/paths";
import { formatTimestamp } from "@/lib/format/timestamp";
import { t } from "@/lib/i18n";

const c = t.changes.log;

/** The public change log: each change with its entry, reason, fields and added sources. */
export function ChangeList({ changes, linkEntries }: { changes: PublicChange[]; linkEntries: boolean }) {
  if (changes.length === 0) return <p className="text-muted">{c.none}</p>;
  return (
    <ol className="space-y-6">
      {changes.map((change) => (
        <li key={change.id} id={`change-${change.id}`} className="border-b border-line pb-6">
          <h2 className="text-lg font-semibold break-words">
            {change.href ? (
              <Link href={change.href}>
                {c.headline(c.action[change.action], change.kindLabel, change.title)}
              </Link>
            ) : (
              c.headline(c.action[change.action], change.kindLabel, change.title)
            )}
          </h2>
          <p className="mt-1 text-sm text-muted">
            <time dateTime={change.at}>{formatTimestamp(change.at)}</time>
            {linkEntries ? (
              <>
                {" · "}
                <Link href={changeLogPath(change.kindKey, change.entryId)}>{c.entryLink}</Link>
              </>
            ) : null}
          </p>
          <p className="mt-2">
            <span className="font-medium">{c.reason}：</span>
            {change.reason || c.noReason}
          </p>
          {!change.href && (change.action === "DELETE" || change.action === "UNPUBLISH") ? (
            <p className="mt-2 text-sm text-muted">{c.removed}</p>
          ) : null}
          {change.changes.length ? (
            <table className="mt-3 w-full table-fixed text-left text-sm">
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="w-1/5 py-1 pe-2">
                    {c.field}
                  </th>
                  <th scope="col" className="py-1 pe-2">
                    {c.before}
                  </th>
                  <th scope="col" className="py-1">
                    {c.after}
                  </th>
                </tr>
              </thead>
              <tbody>
                {change.changes.map((field) => (
                  <tr key={field.label} className="border-b border-line align-top">
                    <th scope="row" className="py-1 pe-2 font-medium">
                      {field.label}
                    </th>
                    <td className="py-1 pe-2 break-words whitespace-pre-line">
                      {field.before ? (
                        <del>{field.before}</del>
                      ) : (
                        <span className="text-muted">{c.empty}</span>
                      )}
                    </td>
                    <td className="py-1 break-words whitespace-pre-line">
                      {field.after ? <ins>{field.after}</ins> : <span className="text-muted">{c.empty}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {change.addedSources.length ? (
            <div className="mt-3 text-sm">
              <p className="font-medium">{c.addedSources}：</p>
              <ul className="list-disc ps-5">
                {change.addedSources.map((source) => (
                  <li key={source.url}>
                    <a href={source.url} rel="noopener noreferrer">
                      {source.title}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
