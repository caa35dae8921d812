import { toMoneyFigure, toPartialDate } from "@/lib/content/convert";
import { publishedWhere } from "@/lib/content/published";
import type {
  AlternativeValueView,
  CitationView,
  MoneyFigure,
  OrganizationRef,
  PartialDate,
} from "@/lib/content/types";
import type { Partnership } from "@/lib/generated/prisma/client";

export interface PartnershipView {
  slug: string;
  title: string;
  category: Partnership["category"];
  date: PartialDate | null;
  summary: string;
  amount: MoneyFigure | null;
  partners: OrganizationRef[];
}

export interface PartnershipDetail extends PartnershipView {
  citations: CitationView[];
  alternativeValues: AlternativeValueView[];
  updatedAt: string;
}

/** The Prisma `include` for a partnership's published partners. */
export function partnersInclude() {
  return {
    partners: {
      where: { organization: publishedWhere() },
      orderBy: { position: "asc" as const },
      select: { organization: { select: { slug: true, name: true, nameZh: true } } },
    },
  };
}

export function toPartnershipView(
  partnership: Partnership & { partners: { organization: OrganizationRef }[] },
): PartnershipView {
  return {
    slug: partnership.slug,
    title: partnership.title,
    category: partnership.category,
    date: toPartialDate(partnership.date, partnership.datePrecision),
    summary: partnership.summary,
    amount: toMoneyFigure(
      partnership.amountMinor,
      partnership.currency,
      partnership.amountQualifier,
      partnership.amountBasis,
    ),
    partners: partnership.partners.map((p) => p.organization),
  };
}
