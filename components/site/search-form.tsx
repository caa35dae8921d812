import { t } from "@/lib/i18n";

/**
 * The site search as a plain GET form to /search: works without JavaScript, and the results'
 * URL can be shared. `id` keeps the header's and the page's inputs apart.
 */
export function SearchForm({
  id,
  label,
  defaultValue = "",
  large = false,
}: {
  id: string;
  /** Names the search landmark. */
  label: string;
  defaultValue?: string;
  large?: boolean;
}) {
  const size = large ? "px-3 py-2 text-base" : "px-2 py-1 text-sm";
  return (
    <form action="/search" method="get" role="search" aria-label={label} className="flex w-full gap-2">
      <label htmlFor={id} className={large ? "sr-only sm:not-sr-only sm:self-center sm:text-sm" : "sr-only"}>
        {t.search.inputLabel}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder={t.search.placeholder}
        autoComplete="off"
        enterKeyHint="search"
        className={`min-w-0 flex-1 rounded border border-stone-300 bg-white ${size}`}
      />
      <button
        type="submit"
        className={`shrink-0 rounded bg-brand font-medium text-white hover:bg-brand-strong ${size}`}
      >
        {t.search.submit}
      </button>
    </form>
  );
}
