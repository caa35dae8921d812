import { toMoneyFigure } from "@/lib/content/convert";
import { toFigure } from "@/lib/format/figure";
import { publishedWhere } from "@/lib/content/published";
import type { AlternativeValueView, CitationView, DateFigure, MoneyFigure } from "@/lib/content/types";
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
  /** Each figure with how it stands in its source: shown together everywhere. */
  date: DateFigure;
  amount: MoneyFigure | null;
  amountUsd: MoneyFigure | null;
  valuation: MoneyFigure | null;
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
    date: toFigure(
      { iso: round.date.toISOString(), precision: round.datePrecision },
      round.dateQualifier,
      round.dateBasis,
    )!,
    amount: toMoneyFigure(round.amountMinor, round.currency, round.amountQualifier, round.amountBasis),
    amountUsd: toMoneyFigure(round.amountUsdMinor, "USD", round.amountUsdQualifier, round.amountUsdBasis),
    valuation: toMoneyFigure(
      round.valuationMinor,
      round.valuationCurrency,
      round.valuationQualifier,
      round.valuationBasis,
    ),
    summary: round.summary,
    investors: round.investors.flatMap((investor): InvestorView[] => {
      if (investor.organization)
        return [{ kind: "ORGANIZATION", ...investor.organization, isLead: investor.isLead }];
      if (investor.person) return [{ kind: "PERSON", ...investor.person, isLead: investor.isLead }];
      return [];
    }),
  };
}
