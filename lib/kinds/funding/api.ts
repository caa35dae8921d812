import "server-only";
import { z } from "zod";
import { visible } from "@/lib/api/define-resource";
import { defineEntryResource } from "@/lib/api/define-entry-resource";
import { funding as fundingKind } from "@/lib/kinds/funding/kind";
import {
  figureQualifierFields,
  toApiDate,
  toApiFigureQualifier,
  toApiMoney,
  ZApiDateSchema,
  ZApiMoneySchema,
} from "@/lib/api/fields";
import { currencyParam, enumParam, slugParam, yearParam, yearRange } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { roundInvestorsInclude } from "@/lib/kinds/funding/round-view";
import { prisma } from "@/lib/platform/db";
import { Instrument, RoundStage } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

const ZApiInvestorSchema = named(
  z.object({
    type: z
      .enum(["organization", "person"])
      .meta({ description: "Look it up in /organizations or /people." }),
    slug: z.string(),
    name: z.string(),
    isLead: z.boolean(),
  }),
  "Investor",
  "An investor in a round: an organization or a person.",
);
type TApiInvestor = z.infer<typeof ZApiInvestorSchema>;

export const resource = defineEntryResource({
  kind: fundingKind,
  schemaId: "FundingRound",
  schemaDescription: "A funding round of Mistral AI with its investors.",
  description: "Funding rounds, newest first.",
  fields: {
    name: z.string(),
    stage: z.enum(RoundStage).nullable().meta({ description: "Null when the sources name no stage." }),
    instrument: z.enum(Instrument).nullable().meta({ description: "Null when the sources do not say." }),
    date: ZApiDateSchema,
    ...figureQualifierFields("date"),
    amount: ZApiMoneySchema.nullable().meta({ description: "In the currency of the round." }),
    ...figureQualifierFields("amount"),
    amountUsd: ZApiMoneySchema.nullable().meta({
      description: "The USD figure the source reported at the time, never a conversion of ours.",
    }),
    ...figureQualifierFields("amountUsd"),
    valuation: ZApiMoneySchema.nullable(),
    ...figureQualifierFields("valuation"),
    summary: z.string().meta({ description: "Markdown, Chinese." }),
    investors: z.array(ZApiInvestorSchema).meta({ description: "Leads first, then in the stated order." }),
  },
  claims: true,
  filters: {
    year: yearParam("Only rounds of this year."),
    currency: currencyParam("Only rounds whose amount is in this currency."),
    investor: slugParam("Only rounds this organization or person invested in (its slug)."),
    stage: enumParam(RoundStage, "Only rounds of this stage."),
  },
  where: (filters, slug): Prisma.FundingRoundWhereInput =>
    visible({
      slug,
      date: yearRange(filters.year),
      currency: filters.currency,
      stage: filters.stage,
      investors: filters.investor
        ? {
            some: {
              OR: [{ organization: { slug: filters.investor } }, { person: { slug: filters.investor } }],
            },
          }
        : undefined,
    }),
  rows: (where, page) =>
    prisma.fundingRound.findMany({
      where,
      include: roundInvestorsInclude(),
      orderBy: [...fundingKind.order],
      ...page,
    }),
  toItem: (round) => ({
    name: round.name,
    stage: round.stage,
    instrument: round.instrument,
    date: toApiDate(round.date, round.datePrecision),
    ...toApiFigureQualifier("date", round),
    amount: toApiMoney(round.amountMinor, round.currency),
    ...toApiFigureQualifier("amount", round),
    amountUsd: toApiMoney(round.amountUsdMinor, "USD"),
    ...toApiFigureQualifier("amountUsd", round),
    valuation: toApiMoney(round.valuationMinor, round.valuationCurrency),
    ...toApiFigureQualifier("valuation", round),
    summary: round.summary,
    investors: round.investors.flatMap(({ isLead, organization, person }): TApiInvestor[] => {
      if (organization) return [{ type: "organization", ...organization, isLead }];
      if (person) return [{ type: "person", ...person, isLead }];
      return [];
    }),
  }),
});
