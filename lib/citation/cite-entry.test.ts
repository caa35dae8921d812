import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { describe, expect, it, vi } from "vitest";
import { citeEntry } from "@/lib/citation/cite-entry";
import { formatCitation, type CitedWebPage } from "@/lib/citation/format-citation";
import { beijingDateParts, formatBeijingDate } from "@/lib/format/timestamp";
import { siteOrigin } from "@/lib/site-origin";

const PAGE: CitedWebPage = {
  key: "MistralTracker_funding_series_a",
  title: "A 轮融资",
  author: "Mistral AI 追踪",
  url: "https://tracker.example/funding/series-a",
  updated: [2024, 5, 29],
  accessed: [2026, 12, 7],
};

/** The first entry of a BibTeX text, parsed back as CSL-JSON by Citation.js's own parser. */
function parseBibtex(text: string) {
  const items = new Cite(text).data;
  expect(items).toHaveLength(1);
  return items[0];
}

describe("formatCitation", () => {
  const citation = formatCitation(PAGE);

  it("gives GB/T 7714-2015's form for an online resource: [EB/OL], (updated)[accessed], URL", () => {
    expect(citation.gbt7714).toBe(
      "MISTRAL AI 追踪. A 轮融资[EB/OL]. (2024-05-29)[2026-12-07]. https://tracker.example/funding/series-a.",
    );
  });

  it("gives APA with the day it was retrieved and the URL", () => {
    expect(citation.apa).toBe(
      "Mistral AI 追踪. (n.d.). A 轮融资. Retrieved December 7, 2026, from https://tracker.example/funding/series-a",
    );
  });

  it("gives BibTeX that parses back to the title, URL, dates and author", () => {
    expect(citation.bibtex).toMatch(/^@online\{MistralTracker_funding_series_a,/);
    expect(citation.bibtex).toContain("urldate = {2026-12-07}");
    const item = parseBibtex(citation.bibtex);
    expect(item.title).toBe("A 轮融资");
    expect(item.URL).toBe("https://tracker.example/funding/series-a");
    expect(item.accessed).toEqual({ "date-parts": [[2026, 12, 7]] });
    expect(item.issued).toEqual({ "date-parts": [[2024, 5, 29]] });
    expect(item.author).toEqual([{ family: "Mistral AI 追踪" }]);
  });

  it("escapes what LaTeX would read as markup in BibTeX, and only there", () => {
    const title = "50% & {braces} $x$ #1 C_2 \\path ~tilde ^hat 中文";
    const tricky = formatCitation({ ...PAGE, title });
    expect(tricky.bibtex).toContain("title = {50\\% \\& \\{braces\\} \\$x\\$ \\#1");
    expect(parseBibtex(tricky.bibtex).title).toBe(title);
    expect(tricky.gbt7714).toContain(`${title}[EB/OL]`);
    expect(tricky.apa).toContain(`. ${title}. Retrieved`);
  });
});

describe("citeEntry", () => {
  // 2026-12-06 17:30 UTC is already the 7th in Beijing.
  const now = new Date("2026-12-06T17:30:00Z");
  const citation = citeEntry(
    "ROUND",
    { slug: "series-a", title: "A 轮融资", updatedAt: "2024-05-28T16:30:00.000Z" },
    now,
  )!;
  const url = `${siteOrigin()}/funding/series-a`;

  it("cites the entry's permanent URL, its last change and the day it is read, in Beijing", () => {
    expect(citation.accessed).toBe("2026-12-07");
    expect(citation.gbt7714).toBe(`MISTRAL AI 追踪. A 轮融资[EB/OL]. (2024-05-29)[2026-12-07]. ${url}.`);
    expect(citation.apa).toContain(`Retrieved December 7, 2026, from ${url}`);
    const item = parseBibtex(citation.bibtex);
    expect(item.URL).toBe(url);
    expect(item.title).toBe("A 轮融资");
  });

  it("keys the BibTeX entry by kind and slug, in the characters BibTeX allows", () => {
    expect(citation.bibtex).toMatch(/^@online\{MistralTracker_funding_series_a,/);
  });
});

describe("a citation that cannot be made", () => {
  it("is null, and logged, so the page is served without it", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(citeEntry("MODEL", { slug: "x", title: "X", updatedAt: "not a date" })).toBeNull();
    expect(logged).toHaveBeenCalledWith("Citation of models/x failed:", expect.any(Error));
    logged.mockRestore();
  });
});

describe("Beijing dates", () => {
  it("are the calendar day in UTC+8", () => {
    expect(beijingDateParts("2026-12-31T16:00:00Z")).toEqual([2027, 1, 1]);
    expect(formatBeijingDate("2026-03-04T15:59:59Z")).toBe("2026-03-04");
  });
});
