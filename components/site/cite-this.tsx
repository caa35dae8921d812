import type { EntryCitation } from "@/lib/citation/cite-entry";
import { t } from "@/lib/i18n";

// About as many characters as a line of the box holds on a phone: a long reference wraps.
const CHARACTERS_PER_LINE = 48;

/**
 * Enough rows to show the whole text without scrolling, wrapped lines counted roughly: for
 * browsers without `field-sizing`, which fits the box to its text.
 */
function rowsFor(text: string): number {
  return text
    .split("\n")
    .reduce((rows, line) => rows + Math.max(1, Math.ceil(Array.from(line).length / CHARACTERS_PER_LINE)), 0);
}

/**
 * How to cite the page, in each format, folded under a summary. Plain HTML: it opens and its
 * text is selected and copied without JavaScript, and reader pages load no script for it. Nothing
 * when the citation could not be made.
 */
export function CiteThis({ citation }: { citation: EntryCitation | null }) {
  if (!citation) return null;
  const formats = [
    { id: "cite-gbt7714", label: t.cite.formats.gbt7714, text: citation.gbt7714, code: false },
    { id: "cite-apa", label: t.cite.formats.apa, text: citation.apa, code: false },
    { id: "cite-bibtex", label: t.cite.formats.bibtex, text: citation.bibtex, code: true },
  ];
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer text-brand">{t.cite.summary}</summary>
      <p className="mt-2 text-muted">{t.cite.accessed(citation.accessed)}</p>
      {formats.map(({ id, label, text, code }) => (
        <div key={id} className="mt-3">
          <label htmlFor={id} className="mb-1 block font-semibold">
            {label}
          </label>
          <textarea
            id={id}
            readOnly
            value={text}
            rows={rowsFor(text)}
            spellCheck={false}
            className={`block w-full field-sizing-content resize-y rounded [tab-size:2] border border-line bg-brand-soft p-2 text-ink ${
              code ? "font-mono text-xs" : ""
            }`}
          />
        </div>
      ))}
    </details>
  );
}
