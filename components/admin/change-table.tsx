import type { FieldChange } from "@/lib/kinds/fields/diff-snapshots";
import { t } from "@/lib/i18n";

const h = t.admin.history;

/** What one revision changed: field, before, after. Values are text, rendered escaped. */
export function ChangeTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return <p className="text-sm text-muted">{h.noChanges}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="w-32 py-1 pe-2 font-normal">
              {h.field}
            </th>
            <th scope="col" className="py-1 pe-2 font-normal">
              {h.before}
            </th>
            <th scope="col" className="py-1 font-normal">
              {h.after}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.label} className="border-b border-line align-top">
              <th scope="row" className="py-1 pe-2 text-left font-medium">
                {change.label}
              </th>
              <td className="max-h-48 py-1 pe-2 break-words whitespace-pre-wrap text-red-900">
                <del className="no-underline">{change.before || h.emptyValue}</del>
              </td>
              <td className="py-1 break-words whitespace-pre-wrap text-emerald-900">
                <ins className="no-underline">{change.after || h.emptyValue}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
