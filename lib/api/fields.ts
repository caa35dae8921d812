import { z } from "zod";
import { named } from "@/lib/api/schema-registry";
import { partialDateAttribute, type DatePrecision } from "@/lib/format/date";
import { moneyDecimal } from "@/lib/format/money";
import { ClaimStatus } from "@/lib/generated/prisma/enums";

// The pieces every resource's output is made of, each with its conversion from stored values.
// Field names are camelCase throughout.

export const ZApiDateSchema = named(
  z.object({
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .meta({
        description: "As precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.",
        examples: ["2024-06"],
      }),
    precision: z.enum(["DAY", "MONTH", "YEAR"]),
  }),
  "PartialDate",
  "A date as precise as the source gives it; a month or a year never gains an invented day.",
);
export type TApiDate = z.infer<typeof ZApiDateSchema>;

export function toApiDate(date: Date, precision: DatePrecision): TApiDate;
export function toApiDate(
  date: Date | null | undefined,
  precision: DatePrecision | null | undefined,
): TApiDate | null;
export function toApiDate(
  date: Date | null | undefined,
  precision: DatePrecision | null | undefined,
): TApiDate | null {
  if (!date || !precision) return null;
  return { date: partialDateAttribute({ iso: date.toISOString(), precision }), precision };
}

export const ZApiMoneySchema = named(
  z.object({
    minor: z
      .string()
      .regex(/^-?\d+$/)
      .meta({ description: "Exact amount in minor units (cents), as a string.", examples: ["38500000000"] }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .meta({ description: "ISO 4217 code.", examples: ["EUR"] }),
    decimal: z
      .string()
      .regex(/^-?\d+\.\d{2}$/)
      .meta({ description: "The same amount in major units, exact.", examples: ["385000000.00"] }),
  }),
  "Money",
  "An exact amount in its own currency, never converted.",
);
export type TApiMoney = z.infer<typeof ZApiMoneySchema>;

export function toApiMoney(
  minor: bigint | null | undefined,
  currency: string | null | undefined,
): TApiMoney | null {
  if (minor === null || minor === undefined || !currency) return null;
  const money = { minor: minor.toString(), currency };
  return { ...money, decimal: moneyDecimal(money) };
}

export const ZApiFigureQualifierSchema = named(
  z.enum(["APPROXIMATE", "REPORTED", "INFERRED"]),
  "FigureQualifier",
  "How a figure stands in its source, shown with it on the site: `APPROXIMATE` (约: the source gives it as approximate), `REPORTED` (据报道: the source attributes it to reports), `INFERRED` (推算: the source does not state it; we worked it out, as the figure's basis says).",
);

export const ZApiFigureBasisSchema = named(
  z.string(),
  "FigureBasis",
  "How an `INFERRED` figure was worked out, in Chinese.",
);

/**
 * The qualifier and basis fields of one figure, e.g. `valuationQualifier` and `valuationBasis`,
 * beside the figure in an item: null when the source states the figure plainly.
 */
export function figureQualifierFields<const Field extends string>(field: Field) {
  return {
    [`${field}Qualifier`]: ZApiFigureQualifierSchema.nullable().meta({
      description: `How \`${field}\` stands in its source; null when the source states it plainly (or there is none).`,
    }),
    [`${field}Basis`]: ZApiFigureBasisSchema.nullable().meta({
      description: `How an \`INFERRED\` \`${field}\` was worked out; null otherwise.`,
    }),
  } as Record<`${Field}Qualifier`, z.ZodNullable<typeof ZApiFigureQualifierSchema>> &
    Record<`${Field}Basis`, z.ZodNullable<typeof ZApiFigureBasisSchema>>;
}

/** An item's qualifier and basis values of one figure, from the row's columns of the same names. */
export function toApiFigureQualifier<const Field extends string>(
  field: Field,
  row: Record<string, unknown>,
): Record<`${Field}Qualifier`, TApiFigureQualifier | null> & Record<`${Field}Basis`, string | null> {
  const qualifier = row[`${field}Qualifier`];
  const basis = row[`${field}Basis`];
  return {
    [`${field}Qualifier`]: typeof qualifier === "string" ? (qualifier as TApiFigureQualifier) : null,
    [`${field}Basis`]: typeof basis === "string" ? basis : null,
  } as Record<`${Field}Qualifier`, TApiFigureQualifier | null> & Record<`${Field}Basis`, string | null>;
}
export type TApiFigureQualifier = z.infer<typeof ZApiFigureQualifierSchema>;

export const ZApiSourceRefSchema = named(
  z.object({
    slug: z.string(),
    title: z
      .string()
      .nullable()
      .meta({ description: "The source's own title; null when not known (name it by publisher and URL)." }),
    publisher: z.string().meta({ description: "Who publishes it: the site the URL points to." }),
    url: z.string().meta({ description: "The original article or page (URL)." }),
    language: z.string().meta({ description: "ISO 639-1 code." }),
    publishedOn: ZApiDateSchema.nullable(),
    archiveUrl: z
      .string()
      .nullable()
      .meta({ description: "A copy of the page in a web archive; null when none is recorded." }),
    checkedOn: z.iso
      .date()
      .nullable()
      .meta({
        description:
          "The day (`YYYY-MM-DD`) an editor last checked that the source still says what is cited.",
        examples: ["2026-12-07"],
      }),
  }),
  "SourceRef",
  "A published source as cited.",
);

/** The Prisma `select` of a cited source. */
export const apiSourceSelect = {
  slug: true,
  title: true,
  publisher: true,
  url: true,
  language: true,
  publishedOn: true,
  publishedPrecision: true,
  archiveUrl: true,
  checkedOn: true,
} as const;

export function toApiSourceRef(source: {
  slug: string;
  title: string | null;
  publisher: string;
  url: string;
  language: string;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  archiveUrl: string | null;
  checkedOn: Date | null;
}): z.infer<typeof ZApiSourceRefSchema> {
  return {
    slug: source.slug,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    language: source.language,
    publishedOn: toApiDate(source.publishedOn, source.publishedPrecision),
    archiveUrl: source.archiveUrl,
    checkedOn: source.checkedOn?.toISOString().slice(0, 10) ?? null,
  };
}

export const ZApiClaimStatusSchema = named(
  z.enum(ClaimStatus),
  "ClaimStatus",
  "How a claim stands in its source: CONFIRMED (公司确认, the company's or a partner's own " +
    "announcement), REPORTED (媒体报道, a media report), RUMORED (传闻, a rumour), ESTIMATED " +
    "(估算, an approximation such as a currency conversion).",
);

export const ZApiCitationSchema = named(
  z.object({
    claim: z
      .string()
      .meta({ description: "What the source supports; empty when it supports the whole entry." }),
    status: ZApiClaimStatusSchema,
    source: ZApiSourceRefSchema,
  }),
  "Citation",
  "A source cited by an entry, for one claim of it.",
);
export type TApiCitation = z.infer<typeof ZApiCitationSchema>;

export const ZApiAlternativeValueSchema = named(
  z.object({
    field: z.string().meta({
      description: "The entry's field it is another value of, as named in this schema, e.g. `amount`.",
      examples: ["amount"],
    }),
    value: z.string().meta({ description: "The value as its source words it, Chinese." }),
    amount: ZApiMoneySchema.nullable().meta({
      description: "For a money field, the exact figure when the source gives one; null otherwise.",
    }),
    source: ZApiSourceRefSchema.nullable().meta({ description: "Null when no link supports it." }),
    status: ZApiClaimStatusSchema,
    note: z.string(),
  }),
  "AlternativeValue",
  "Another value a source gives for one field of the entry, shown beside the field's own value: " +
    "where sources disagree, every value is given, none picked.",
);
export type TApiAlternativeValue = z.infer<typeof ZApiAlternativeValueSchema>;

export const ZApiOrganizationRefSchema = named(
  z.object({ slug: z.string(), name: z.string(), nameZh: z.string().nullable() }),
  "OrganizationRef",
  "A published organization named by an entry; look it up at /organizations/{slug}.",
);

/** The entry's public page on the site. */
export const pageUrlField = () => z.url().meta({ description: "The entry's page on the site." });

/** When the entry last changed, as an ISO 8601 instant. */
export const updatedAtField = () => z.iso.datetime().meta({ description: "When the entry last changed." });
