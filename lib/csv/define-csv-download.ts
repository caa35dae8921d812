import "server-only";
import { z } from "zod";
import type { ApiResource } from "@/lib/api/define-resource";
import {
  ZApiDateSchema,
  ZApiFigureBasisSchema,
  ZApiFigureQualifierSchema,
  type TApiFigureQualifier,
  ZApiMoneySchema,
  type TApiAlternativeValue,
  type TApiCitation,
  type TApiDate,
  type TApiMoney,
} from "@/lib/api/fields";
import { claimStatusLabel } from "@/lib/claims/claim-status";
import { cachedQuery } from "@/lib/content/cached-query";
import { csvFileOf } from "@/lib/csv/paths";
import { toCsv, type CsvColumn } from "@/lib/csv/to-csv";
import { formatPartialDate } from "@/lib/format/date";
import { formatYesNo } from "@/lib/format/yes-no";
import { qualifierLabel } from "@/lib/format/figure";
import { t } from "@/lib/i18n";
import type { AdminKind } from "@/lib/kinds/fields/define-kind";

/** A CSV file of every published entry of one resource, one row per entry. */
export interface CsvDownload {
  /** Its name under /downloads/: the resource's name, e.g. `funding-rounds.csv`. */
  file: string;
  /** The name a browser saves it under. */
  saveAs: string;
  description: string;
  /** Its columns' headers, as its first row names them. */
  headers: string[];
  /** The whole file, read afresh after any change to what it shows. */
  build(origin: string): Promise<string>;
}

type Item = Record<string, unknown>;
type Column = CsvColumn<Item>;

const c = t.openData.columns;
const fieldNames: Record<string, string> = t.fields;
const names = (refs: unknown) => (refs as { name: string }[]).map((ref) => ref.name).join("、");

/** A date as the site shows it, e.g. "2024年6月": never more precise than the source. */
function shownDate(date: TApiDate | null): string {
  if (!date) return "";
  const [year, month = "01", day = "01"] = date.date.split("-");
  return formatPartialDate({ iso: `${year}-${month}-${day}T00:00:00.000Z`, precision: date.precision });
}

/**
 * The sources of an entry's facts: their addresses, then one line per citation with how its claim
 * stands, e.g. "https://…（媒体报道）".
 */
function citationColumns(key: string): Column[] {
  const citations = (item: Item) => item[key] as TApiCitation[];
  return [
    {
      header: fieldNames.citations,
      value: (item) => [...new Set(citations(item).map((cite) => cite.source.url))].join("\n"),
    },
    {
      header: c.sourcesWithStatus,
      value: (item) =>
        citations(item)
          .map((cite) => `${cite.source.url}（${claimStatusLabel(cite.status)}）`)
          .join("\n"),
    },
  ];
}

/**
 * One line per other value of a fact: the field, the value as worded, the exact figure, its
 * source and status, e.g. "金额：1630 万美元的可转换投资 = 16300000.00 USD（https://…，媒体报道）".
 */
function alternativesColumn(key: string): Column {
  return {
    header: fieldNames.alternativeValues,
    value: (item) =>
      (item[key] as TApiAlternativeValue[])
        .map((a) => {
          const amount = a.amount ? ` = ${a.amount.decimal} ${a.amount.currency}` : "";
          const source = a.source?.url ?? t.claims.noSource;
          const note = a.note ? `；${a.note}` : "";
          return `${fieldNames[a.field] ?? a.field}：${a.value}${amount}（${source}，${claimStatusLabel(a.status)}${note}）`;
        })
        .join("\n"),
  };
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodNullable || schema instanceof z.ZodOptional
    ? unwrap(schema.unwrap() as z.ZodType)
    : schema;
}

/** What an array's elements are, when a cell can say it: names, names with the leads marked, or pages. */
function arrayColumns(key: string, label: string, element: z.ZodType): Column[] | null {
  if (!(element instanceof z.ZodObject)) return null;
  const shape = element.shape as Record<string, unknown>;
  const refs = (item: Item) => item[key] as { name: string; isLead?: boolean; pageUrl?: string }[];
  if ("isLead" in shape)
    return [
      { header: c.lead, value: (item) => names(refs(item).filter((ref) => ref.isLead)) },
      {
        header: label,
        value: (item) =>
          refs(item)
            .map((ref) => (ref.isLead ? ref.name + t.openData.leadMark : ref.name))
            .join("、"),
      },
    ];
  if ("pageUrl" in shape)
    return [
      {
        header: label,
        value: (item) =>
          refs(item)
            .map((ref) => ref.pageUrl)
            .join("\n"),
      },
    ];
  if ("name" in shape) return [{ header: label, value: (item) => names(item[key]) }];
  return null;
}

/**
 * The columns of one field of an API item, named as the kind's form names it: a date as shown and
 * as ISO 8601, money as its exact figure and currency, yes/no/未说明, the names of what it refers
 * to, a choice by its label, any other value as it is.
 */
function fieldColumns(key: string, schema: z.ZodType, kind: AdminKind): Column[] {
  const inner = unwrap(schema);
  // A figure's qualifier and basis (`valuationQualifier`, `valuationBasis`): named after the figure,
  // as its form names them ("估值的限定": 约, 据报道, 推算).
  if (inner === ZApiFigureQualifierSchema || inner === ZApiFigureBasisSchema) {
    const figure = key.replace(/(Qualifier|Basis)$/, "");
    const figureLabel = kind.fields.find((f) => f.name === figure)?.label ?? fieldNames[figure] ?? figure;
    return inner === ZApiFigureQualifierSchema
      ? [
          {
            header: t.claims.figures.qualifier(figureLabel),
            value: (item) => {
              const qualifier = item[key] as TApiFigureQualifier | null;
              return qualifier ? qualifierLabel(qualifier) : "";
            },
          },
        ]
      : [{ header: t.claims.figures.basis(figureLabel), value: (item) => String(item[key] ?? "") }];
  }
  const field = kind.fields.find((f) => f.name === key);
  const label = field?.label ?? fieldNames[key] ?? key;
  if (inner === ZApiDateSchema) {
    const date = (item: Item) => item[key] as TApiDate | null;
    return [
      { header: label, value: (item) => shownDate(date(item)) },
      { header: c.iso(label), value: (item) => date(item)?.date ?? "" },
    ];
  }
  if (inner === ZApiMoneySchema) {
    const money = (item: Item) => item[key] as TApiMoney | null;
    return [
      { header: label, value: (item) => money(item)?.decimal ?? "" },
      {
        header: key === "amount" ? c.currency : c.currencyOf(label),
        value: (item) => money(item)?.currency ?? "",
      },
    ];
  }
  if (inner instanceof z.ZodBoolean)
    return [{ header: label, value: (item) => formatYesNo(item[key] as boolean | null) }];
  if (inner instanceof z.ZodArray) {
    const columns = arrayColumns(key, label, inner.element as z.ZodType);
    if (columns) return columns;
  }
  if (inner instanceof z.ZodObject && "name" in inner.shape)
    return [{ header: label, value: (item) => (item[key] as { name: string } | null)?.name ?? "" }];
  const options =
    field?.ui.type === "select" ? new Map(field.ui.options.map((o) => [o.value, o.label])) : null;
  return [
    {
      header: label,
      value: (item) => {
        const value = item[key];
        if (value === null || value === undefined) return "";
        return options?.get(String(value)) ?? String(value);
      },
    },
  ];
}

/** Fields of every item that a row places itself: first, last, or not at all. */
const PLACED = new Set(["slug", "citations", "alternativeValues", "pageUrl", "updatedAt"]);

/**
 * A kind's CSV file, from its API resource's item schema and the names its form gives the fields:
 * the entry's title and slug first, its other fields in the schema's order, then its sources, the
 * other values given for its facts and its page.
 */
export function defineCsvDownload(resource: ApiResource, kind: AdminKind): CsvDownload {
  const shape = (resource.item as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  const has = (key: string) => Object.hasOwn(shape, key);
  const columns: Column[] = [
    ...fieldColumns(kind.titleField, shape[kind.titleField], kind),
    { header: c.slug, value: (item) => String(item.slug) },
    ...Object.entries(shape)
      .filter(([key]) => key !== kind.titleField && !PLACED.has(key))
      .flatMap(([key, schema]) => fieldColumns(key, schema, kind)),
    ...(has("citations") ? citationColumns("citations") : []),
    ...(has("alternativeValues") ? [alternativesColumn("alternativeValues")] : []),
    ...(has("pageUrl") ? [{ header: c.page, value: (item: Item) => String(item.pageUrl) }] : []),
  ];
  const file = csvFileOf(resource.name);
  const build = cachedQuery(`csv:${file}`, resource.kinds, async (origin: string) =>
    toCsv(columns, (await resource.all({ origin })) as Item[]),
  );
  return {
    file,
    saveAs: `mistral-ai-${file}`,
    description: `Every published entry of /${resource.name}, one per row, in the columns of its API item.`,
    headers: columns.map((column) => column.header),
    build,
  };
}
