import "server-only";
import type { ApiResource } from "@/lib/api/define-resource";
import type { TApiAlternativeValue, TApiCitation, TApiDate } from "@/lib/api/fields";
import { resource as fundingRoundsResource, type TApiFundingRound } from "@/lib/kinds/funding/api";
import { resource as modelsResource, type TApiModel } from "@/lib/kinds/models/api";
import { cachedQuery } from "@/lib/content/cached-query";
import { claimStatusLabel } from "@/lib/claims/claim-status";
import { CSV_FILES } from "@/lib/csv/paths";
import { toCsv, type CsvColumn } from "@/lib/csv/to-csv";
import { formatPartialDate } from "@/lib/format/date";
import { formatYesNo } from "@/lib/format/yes-no";
import { t } from "@/lib/i18n";

/** A CSV file of every published entry of one resource, one row per entry. */
export interface CsvDownload {
  /** Its name under /downloads/. */
  file: string;
  /** The name a browser saves it under. */
  saveAs: string;
  description: string;
  /** The whole file, read afresh after any change to what it shows. */
  build(origin: string): Promise<string>;
}

function defineCsvDownload<Item>(download: {
  file: string;
  saveAs: string;
  description: string;
  resource: ApiResource<Item>;
  columns: readonly CsvColumn<Item>[];
}): CsvDownload {
  const { file, saveAs, description, resource, columns } = download;
  const build = cachedQuery(`csv:${file}`, resource.kinds, async (origin: string) =>
    toCsv(columns, await resource.all({ origin })),
  );
  return { file, saveAs, description, build };
}

/** A date as the site shows it, e.g. "2024年6月": never more precise than the source. */
function shownDate(date: TApiDate | null): string {
  if (!date) return "";
  const [year, month = "01", day = "01"] = date.date.split("-");
  return formatPartialDate({ iso: `${year}-${month}-${day}T00:00:00.000Z`, precision: date.precision });
}

const sourceUrls = (citations: TApiCitation[]) => [...new Set(citations.map((c) => c.source.url))].join("\n");

/** One line per citation: its source and how its claim stands, e.g. "https://…（媒体报道）". */
const sourcesWithStatus = (citations: TApiCitation[]) =>
  citations.map((c) => `${c.source.url}（${claimStatusLabel(c.status)}）`).join("\n");

/**
 * One line per other value of a fact: the field, the value as worded, the exact figure, its
 * source and status, e.g. "金额：1630 万美元的可转换投资 = 16300000.00 USD（https://…，媒体报道）".
 */
function alternativeValues(values: TApiAlternativeValue[], labels: Record<string, string>): string {
  return values
    .map((a) => {
      const amount = a.amount ? ` = ${a.amount.decimal} ${a.amount.currency}` : "";
      const source = a.source?.url ?? t.claims.noSource;
      const note = a.note ? `；${a.note}` : "";
      return `${labels[a.field] ?? a.field}：${a.value}${amount}（${source}，${claimStatusLabel(a.status)}${note}）`;
    })
    .join("\n");
}

const c = t.openData.columns;

export const CSV_DOWNLOADS: readonly CsvDownload[] = [
  defineCsvDownload<TApiModel>({
    file: CSV_FILES.models,
    saveAs: "mistral-ai-models.csv",
    description: "Every published model, one per row.",
    resource: modelsResource,
    columns: [
      { header: c.name, value: (m) => m.name },
      { header: c.slug, value: (m) => m.slug },
      { header: c.family, value: (m) => m.family },
      { header: c.category, value: (m) => t.enums.modelCategory[m.category] },
      { header: c.license, value: (m) => m.licenseName || t.enums.modelLicense[m.license] },
      { header: c.openWeights, value: (m) => formatYesNo(m.openWeights) },
      { header: c.released, value: (m) => shownDate(m.date) },
      { header: c.releasedIso, value: (m) => m.date?.date ?? "" },
      { header: c.replaces, value: (m) => m.replaces?.name ?? "" },
      { header: c.collaborators, value: (m) => m.collaborators.map((o) => o.name).join("、") },
      { header: c.summary, value: (m) => m.summary },
      { header: c.sources, value: (m) => sourceUrls(m.citations) },
      { header: c.sourcesWithStatus, value: (m) => sourcesWithStatus(m.citations) },
      { header: c.page, value: (m) => m.pageUrl },
    ],
  }),
  defineCsvDownload<TApiFundingRound>({
    file: CSV_FILES.fundingRounds,
    saveAs: "mistral-ai-funding-rounds.csv",
    description: "Every published funding round, one per row; its investors in one cell, leads marked.",
    resource: fundingRoundsResource,
    columns: [
      { header: c.name, value: (r) => r.name },
      { header: c.slug, value: (r) => r.slug },
      { header: c.stage, value: (r) => t.enums.roundStage[r.stage] },
      { header: c.instrument, value: (r) => t.enums.instrument[r.instrument] },
      { header: c.date, value: (r) => shownDate(r.date) },
      { header: c.dateIso, value: (r) => r.date.date },
      { header: c.amount, value: (r) => r.amount?.decimal ?? "" },
      { header: c.currency, value: (r) => r.amount?.currency ?? "" },
      { header: c.amountUsd, value: (r) => r.amountUsd?.decimal ?? "" },
      { header: c.valuation, value: (r) => r.valuation?.decimal ?? "" },
      { header: c.valuationCurrency, value: (r) => r.valuation?.currency ?? "" },
      {
        header: c.lead,
        value: (r) =>
          r.investors
            .filter((i) => i.isLead)
            .map((i) => i.name)
            .join("、"),
      },
      {
        header: c.investors,
        value: (r) => r.investors.map((i) => (i.isLead ? i.name + t.openData.leadMark : i.name)).join("、"),
      },
      { header: c.summary, value: (r) => r.summary },
      { header: c.sources, value: (r) => sourceUrls(r.citations) },
      { header: c.sourcesWithStatus, value: (r) => sourcesWithStatus(r.citations) },
      {
        header: c.alternatives,
        value: (r) =>
          alternativeValues(r.alternativeValues, {
            amount: c.amount,
            amountUsd: c.amountUsd,
            valuation: c.valuation,
            date: c.date,
          }),
      },
      { header: c.page, value: (r) => r.pageUrl },
    ],
  }),
];

export function findCsvDownload(file: string): CsvDownload | undefined {
  return CSV_DOWNLOADS.find((download) => download.file === file);
}
