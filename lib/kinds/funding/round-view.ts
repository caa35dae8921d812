import { toMoney } from "@/lib/content/convert";
import { publishedWhere } from "@/lib/content/published";
import type { AlternativeValueView, CitationView, Money, PartialDate } from "@/lib/content/types";
import type { FundingRound } from "@/lib/generated/prisma/client";
import type { EntryKind } from "@/lib/kinds";

export interface InvestorView {
  kind: Extract<EntryKind, "ORGANIZATION" | "PERSON">;
  slug: string;
  name: string;
  isLead: boolean;
}

export interface RoundView {
  slug: string;
  name: string;
  stage: FundingRound["stage"];
  instrument: FundingRound["instrument"];
  date: PartialDate;
  amount: Money | null;
  amountUsd: Money | null;
  valuation: Money | null;
  summary: string;
  investors: InvestorView[];
}

export interface RoundDetail extends RoundView {
  citations: CitationView[];
  alternativeValues: AlternativeValueView[];
  updatedAt: string;
}

/**
 * The Prisma `include` for a round's published investors, in their stated order (leads first),
 * ties broken by id so that every page and the API list them alike.
 */
export function roundInvestorsInclude() {
  const published = publishedWhere();
  return {
    investors: {
      where: { OR: [{ organization: published }, { person: published }] },
      orderBy: [{ isLead: "desc" as const }, { position: "asc" as const }, { id: "asc" as const }],
      select: {
        isLead: true,
        organization: { select: { slug: true, name: true } },
        person: { select: { slug: true, name: true } },
      },
    },
  };
}

type RoundWithInvestors = FundingRound & {
  investors: {
    isLead: boolean;
    organization: { slug: string; name: string } | null;
    person: { slug: string; name: string } | null;
  }[];
};

export function toRoundView(round: RoundWithInvestors): RoundView {
  return {
    slug: round.slug,
    name: round.name,
    stage: round.stage,
    instrument: round.instrument,
    date: { iso: round.date.toISOString(), precision: round.datePrecision },
    amount: toMoney(round.amountMinor, round.currency),
    amountUsd: toMoney(round.amountUsdMinor, "USD"),
    valuation: toMoney(round.valuationMinor, round.valuationCurrency),
    summary: round.summary,
    investors: round.investors.flatMap((investor): InvestorView[] => {
      if (investor.organization)
        return [{ kind: "ORGANIZATION", ...investor.organization, isLead: investor.isLead }];
      if (investor.person) return [{ kind: "PERSON", ...investor.person, isLead: investor.isLead }];
      return [];
    }),
  };
}
