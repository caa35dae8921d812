import "server-only";
import type { ApiResource } from "@/lib/api/define-resource";
import type { TApiAlternativeValue, TApiCitation, TApiDate, TApiMoney } from "@/lib/api/fields";
import { claimStatusLabel } from "@/lib/claims/claim-status";
import { cachedQuery } from "@/lib/content/cached-query";
import { csvFileOf } from "@/lib/csv/paths";
import { toCsv, type CsvColumn } from "@/lib/csv/to-csv";
import { formatPartialDate } from "@/lib/format/date";
import { t } from "@/lib/i18n";

/** A CSV file of every published entry of one resource, one row per entry. */
export interface CsvDownload {
  /** Its name under /downloads/: the resource's name, e.g. `funding-rounds.csv`. */
  file: string;
  /** The name a browser saves it under. */
  saveAs: string;
  description: string;
  /** The whole file, read afresh after any change to what it shows. */
  build(origin: string): Promise<string>;
}

/** A kind's CSV file: its API resource's entries, one row each, in these columns. */
export function defineCsvDownload<Item>(download: {
  resource: ApiResource<Item>;
  description: string;
  columns: readonly CsvColumn<Item>[];
}): CsvDownload {
  const { resource, description, columns } = download;
  const file = csvFileOf(resource.name);
  const build = cachedQuery(`csv:${file}`, resource.kinds, async (origin: string) =>
    toCsv(columns, await resource.all({ origin })),
  );
  return { file, saveAs: `mistral-ai-${file}`, description, build };
}

const c = t.openData.columns;

/** A date as the site shows it, e.g. "2024年6月": never more precise than the source. */
function shownDate(date: TApiDate | null): string {
  if (!date) return "";
  const [year, month = "01", day = "01"] = date.date.split("-");
  return formatPartialDate({ iso: `${year}-${month}-${day}T00:00:00.000Z`, precision: date.precision });
}

/** A date in two columns: as the site shows it, and as ISO 8601 at its own precision. */
export function dateColumns<Item>(header: string, date: (item: Item) => TApiDate | null): CsvColumn<Item>[] {
  return [
    { header, value: (item) => shownDate(date(item)) },
    { header: c.iso(header), value: (item) => date(item)?.date ?? "" },
  ];
}

/** Money in two columns: the exact decimal figure and its currency. */
export function moneyColumns<Item>(
  amount: string,
  currency: string,
  money: (item: Item) => TApiMoney | null,
): CsvColumn<Item>[] {
  return [
    { header: amount, value: (item) => money(item)?.decimal ?? "" },
    { header: currency, value: (item) => money(item)?.currency ?? "" },
  ];
}

/**
 * The sources of an entry's facts: their addresses, then one line per citation with how its claim
 * stands, e.g. "https://…（媒体报道）".
 */
export function citationColumns<Item extends { citations: TApiCitation[] }>(): CsvColumn<Item>[] {
  return [
    {
      header: t.fields.citations,
      value: (item) => [...new Set(item.citations.map((cite) => cite.source.url))].join("\n"),
    },
    {
      header: c.sourcesWithStatus,
      value: (item) =>
        item.citations.map((cite) => `${cite.source.url}（${claimStatusLabel(cite.status)}）`).join("\n"),
    },
  ];
}

/**
 * One line per other value of a fact: the field, the value as worded, the exact figure, its
 * source and status, e.g. "金额：1630 万美元的可转换投资 = 16300000.00 USD（https://…，媒体报道）".
 */
export function alternativesColumn<
  Item extends { alternativeValues: TApiAlternativeValue[] },
>(): CsvColumn<Item> {
  const labels: Record<string, string> = t.fields;
  return {
    header: t.fields.alternativeValues,
    value: (item) =>
      item.alternativeValues
        .map((a) => {
          const amount = a.amount ? ` = ${a.amount.decimal} ${a.amount.currency}` : "";
          const source = a.source?.url ?? t.claims.noSource;
          const note = a.note ? `；${a.note}` : "";
          return `${labels[a.field] ?? a.field}：${a.value}${amount}（${source}，${claimStatusLabel(a.status)}${note}）`;
        })
        .join("\n"),
  };
}

/** The entry's page on the site. */
export function pageColumn<Item extends { pageUrl: string }>(): CsvColumn<Item> {
  return { header: c.page, value: (item) => item.pageUrl };
}

/** The organizations an entry names, in one cell. */
export const organizationNames = (organizations: { name: string }[]) =>
  organizations.map((organization) => organization.name).join("、");
