import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Cite, plugins, type CslItem } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";

/** A page of this site as a work to cite. */
export interface CitedWebPage {
  /** The BibTeX key: letters, digits and underscores (the library drops anything else). */
  key: string;
  title: string;
  /** The site itself, the page's author and publisher. */
  author: string;
  /** Absolute and permanent. */
  url: string;
  /** When the page's content last changed, as [year, month, day]. */
  updated: [number, number, number];
  /** When the reader has it, as [year, month, day]. */
  accessed: [number, number, number];
}

/** The page's reference in each format the site offers. */
export interface FormattedCitation {
  gbt7714: string;
  apa: string;
  bibtex: string;
}

// @citation-js/plugin-csl ships APA but neither GB/T 7714 nor a Chinese locale: both come from the
// CSL project (lib/citation/csl/, written by tools/citation/extract-csl.ts).
const GB_T_7714 = "china-national-standard-gb-t-7714-2015-numeric";
const CSL_FILES = { style: `${GB_T_7714}.csl`, locale: "locales-zh-CN.xml" };

// Resolved from the working directory (the project's root under `next start`, `next dev` and
// Vitest), as lib/seo/og-image.tsx reads its fonts: not traced by the bundler.
const readCsl = (file: string) =>
  readFileSync(/* turbopackIgnore: true */ join(process.cwd(), "lib", "citation", "csl", file), "utf8");

let configured = false;

/** Registers the style and locale with Citation.js, once per process. */
function configure() {
  if (configured) return;
  const csl = plugins.config.get("@csl");
  if (!csl.styles.has(GB_T_7714)) csl.styles.add(GB_T_7714, readCsl(CSL_FILES.style));
  if (!csl.locales.has("zh-CN")) csl.locales.add("zh-CN", readCsl(CSL_FILES.locale));
  // Titles are Chinese: by default the BibTeX output keeps ASCII only, escaping LaTeX's special
  // characters and dropping every character it has no LaTeX command for (all of Chinese). Written
  // as they are instead, for biber and UTF-8; the special characters are escaped by latexText.
  plugins.config.get("@bibtex").format.asciiOnly = false;
  configured = true;
}

const cslDate = ([year, month, day]: [number, number, number]) => ({
  "date-parts": [[year, month, day]] as [[number, number, number]],
});

// What plugin-bibtex escapes when it keeps ASCII only, and the three it never does.
const LATEX_SPECIAL = /[&%$#_{}~^\\]/g;
const LATEX_COMMAND: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Plain text as LaTeX reads it in a BibTeX field. */
function latexText(text: string): string {
  return text.replace(LATEX_SPECIAL, (char) => LATEX_COMMAND[char] ?? `\\${char}`);
}

function bibliography(item: CslItem, template: string, lang: string): string {
  return new Cite(item).format("bibliography", { format: "text", template, lang }).trim();
}

// citeproc takes a few milliseconds a reference (APA's first, a second or so to compile the
// style), and a page is made again for every reader the cache tier does not answer: each page's
// references are kept for the day, the most recent thousand.
const formatted = new Map<string, FormattedCitation>();
const FORMATTED_KEPT = 1000;

/**
 * The page as GB/T 7714-2015, APA and BibTeX (biblatex's `@online`, with `urldate`), each
 * formatted by Citation.js from one CSL item: a web page by the site, in Chinese.
 */
export function formatCitation(page: CitedWebPage): FormattedCitation {
  const key = JSON.stringify(page);
  let citation = formatted.get(key);
  if (!citation) {
    citation = formatWithCitationJs(page);
    if (formatted.size >= FORMATTED_KEPT) formatted.delete(formatted.keys().next().value!);
    formatted.set(key, citation);
  }
  return citation;
}

function formatWithCitationJs(page: CitedWebPage): FormattedCitation {
  configure();
  const undated: CslItem = {
    id: page.key,
    "citation-key": page.key,
    type: "webpage",
    language: "zh-CN",
    title: page.title,
    // The site compiles the entry and publishes it: its author, as a group. No container or
    // publisher besides: GB/T 7714's form for an online resource has neither ("责任者. 题名
    // [EB/OL]. (更新日期)[引用日期]. 网址."), and APA leaves out a site's name when it is the author.
    author: [{ literal: page.author }],
    URL: page.url,
    accessed: cslDate(page.accessed),
  };
  const item: CslItem = { ...undated, issued: cslDate(page.updated) };
  return {
    // A numeric style numbers the list: the reader's list numbers it again.
    gbt7714: bibliography(item, GB_T_7714, "zh-CN").replace(/^\[\d+\]\s*/, ""),
    // APA gives a retrieval date to pages meant to change that are not archived (APA 7, 9.16), as
    // an entry's page is; its CSL style gives one to undated pages only, so this one has no date
    // ("n.d.") but the day it was read.
    apa: bibliography(undated, "apa", "en-US"),
    bibtex: new Cite({ ...item, title: latexText(page.title) }).format("biblatex", { format: "text" }).trim(),
  };
}
