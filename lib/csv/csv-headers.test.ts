import { describe, expect, it } from "vitest";
import { CSV_DOWNLOADS } from "@/lib/kinds/registry";

// A column's header is its field's word (the form's label, a shared field name or the kind's own,
// lib/i18n): an API key with none would fall back to the key itself, silently.
describe("every kind's CSV file", () => {
  it("names each column in words, never by an API key", () => {
    for (const download of CSV_DOWNLOADS)
      for (const header of download.headers) expect(header, download.file).toMatch(/[\u4e00-\u9fff]/);
  });
});
