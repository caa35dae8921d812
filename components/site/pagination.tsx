import Link from "next/link";
import { t } from "@/lib/i18n";

/** Previous/next links that keep the current filters. */
export function Pagination({
  path,
  params,
  page,
  pageCount,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  };
  return (
    <nav
      aria-label={t.common.page(page, pageCount)}
      className="mt-8 flex items-center justify-between text-sm"
    >
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← {t.common.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{t.common.page(page, pageCount)}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t.common.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
