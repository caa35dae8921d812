import Link from "next/link";
import { SearchForm } from "@/components/site/search-form";
import { t } from "@/lib/i18n";

const NAV_ITEMS = [
  { href: "/", label: t.nav.home },
  { href: "/timeline", label: t.nav.timeline },
  { href: "/models", label: t.nav.models },
  { href: "/products", label: t.nav.products },
  { href: "/funding", label: t.nav.funding },
  { href: "/partnerships", label: t.nav.partnerships },
  { href: "/people", label: t.nav.people },
  { href: "/sources", label: t.nav.sources },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t.site.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4">
        <Link href="/" className="text-lg font-bold text-ink hover:text-brand hover:no-underline">
          <span aria-hidden="true" className="me-1 inline-block h-3 w-3 rounded-sm bg-brand align-middle" />
          {t.site.name}
        </Link>
        <nav aria-label={t.nav.label}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-ink hover:text-brand">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="w-full sm:ms-auto sm:w-60">
          <SearchForm id="site-search-query" label={t.search.formLabel} />
        </div>
      </div>
    </header>
  );
}
