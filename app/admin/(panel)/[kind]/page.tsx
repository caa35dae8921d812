import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/notice";
import { StatusBadge } from "@/components/admin/status-badge";
import { buttonClass, inputClass } from "@/components/admin/ui";
import { Pagination } from "@/components/site/pagination";
import { formatTimestamp } from "@/lib/format/timestamp";
import { deletedEntryTitle } from "@/lib/admin/deleted-entry-title";
import { listEntries, parseListQuery } from "@/lib/admin/list-entries";
import { requireKind } from "@/lib/admin/require-kind";
import { requireUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n";

const l = t.admin.list;

type Props = {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: requireKind((await params).kind).label };
}

export default async function KindListPage({ params, searchParams }: Props) {
  await requireUser("EDITOR");
  const kind = requireKind((await params).kind);
  const search = await searchParams;
  const query = parseListQuery(kind, search);
  const list = await listEntries(kind, query);
  const filter = kind.fields.find((f) => f.name === kind.filterField);
  const columns = kind.listColumns.map((name) => kind.fields.find((f) => f.name === name)!.label);
  const deleted = typeof search.deleted === "string" ? await deletedEntryTitle(kind, search.deleted) : null;
  const path = `/admin/${kind.key}`;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{kind.label}</h1>
        <Link href={`${path}/new`} className={buttonClass}>
          {l.new(kind.label)}
        </Link>
      </div>
      {deleted ? <Notice>{l.deleted(deleted)}</Notice> : null}
      <form
        action={path}
        method="get"
        role="search"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-stone-50 p-3 text-sm"
      >
        <label className="flex min-w-48 flex-1 flex-col">
          <span className="mb-1 text-muted">{l.search}</span>
          <input
            type="search"
            name="q"
            defaultValue={query.q}
            placeholder={l.searchPlaceholder}
            className={inputClass}
          />
        </label>
        <label className="flex flex-col">
          <span className="mb-1 text-muted">{l.status}</span>
          <select name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">{l.all}</option>
            {(["DRAFT", "PUBLISHED", "SCHEDULED"] as const).map((status) => (
              <option key={status} value={status}>
                {t.admin.status[status]}
              </option>
            ))}
          </select>
        </label>
        {filter?.ui.type === "select" ? (
          <label className="flex flex-col">
            <span className="mb-1 text-muted">{filter.label}</span>
            <select name={filter.name} defaultValue={query.filter ?? ""} className={inputClass}>
              <option value="">{l.all}</option>
              {filter.ui.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className={buttonClass}>
          {l.apply}
        </button>
        <Link href={path} className="py-1.5">
          {l.reset}
        </Link>
      </form>
      <p role="status" className="mb-2 text-sm text-muted">
        {l.count(list.total)}
      </p>
      {list.items.length === 0 ? (
        <p>{l.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-line text-left text-muted">
                <th scope="col" className="py-2 pe-3 font-normal">
                  {kind.fields[0].label}
                </th>
                {columns.map((label) => (
                  <th key={label} scope="col" className="py-2 pe-3 font-normal">
                    {label}
                  </th>
                ))}
                <th scope="col" className="py-2 pe-3 font-normal">
                  {l.status}
                </th>
                <th scope="col" className="py-2 pe-3 font-normal">
                  {l.updated}
                </th>
                <th scope="col" className="py-2 font-normal">
                  {l.actions}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((row) => (
                <tr key={row.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pe-3 text-left font-medium">
                    <Link href={`${path}/${row.id}`} className="break-words">
                      {row.title}
                    </Link>
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={columns[index]} className="py-2 pe-3">
                      {cell}
                    </td>
                  ))}
                  <td className="py-2 pe-3">
                    <StatusBadge state={row.state} publishedAt={row.publishedAt} />
                  </td>
                  <td className="py-2 pe-3 whitespace-nowrap text-muted">{formatTimestamp(row.updatedAt)}</td>
                  <td className="py-2 whitespace-nowrap">
                    <Link
                      href={`${path}/${row.id}/history`}
                      aria-label={`${t.admin.entry.history}：${row.title}`}
                    >
                      {t.admin.entry.history}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        path={path}
        params={{
          q: query.q || undefined,
          status: query.status,
          ...(kind.filterField ? { [kind.filterField]: query.filter } : {}),
        }}
        page={list.page}
        pageCount={list.pageCount}
      />
    </>
  );
}
