import Link from "next/link";
import { ChangeTable } from "@/components/admin/change-table";
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
          {/* The editor's note of why; a first publication or a removal needs none. */}
          {change.reason ? (
            <p className="mt-2">
              <span className="font-medium">{c.reason}：</span>
              {change.reason}
            </p>
          ) : null}
          {!change.href && (change.action === "DELETE" || change.action === "UNPUBLISH") ? (
            <p className="mt-2 text-sm text-muted">{c.removed}</p>
          ) : null}
          {change.changes.length ? (
            <div className="mt-3">
              <ChangeTable
                changes={change.changes}
                caption={c.headline(c.action[change.action], change.kindLabel, change.title)}
              />
            </div>
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
