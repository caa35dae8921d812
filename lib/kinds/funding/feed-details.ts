import "server-only";
import { figureFact, type FeedDetails, type LoadFeedDetails } from "@/lib/feeds/feed-facts";
import { formatDateFigure } from "@/lib/format/date";
import { basisText } from "@/lib/format/figure";
import { roundInvestorsInclude, toRoundView } from "@/lib/kinds/funding/round-view";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

/** A round's feed item says its figures with their qualifiers and its lead investors. */
export const loadFeedDetails: LoadFeedDetails = async (ids) => {
  const rows = await prisma.fundingRound.findMany({
    where: { id: { in: [...ids] } },
    include: roundInvestorsInclude(),
  });
  return new Map(
    rows.map((row): [string, FeedDetails] => {
      const round = toRoundView(row);
      const basis = basisText(round.date);
      const leads = round.investors.filter((investor) => investor.isLead).map((investor) => investor.name);
      return [
        row.id,
        {
          date: basis ? `${formatDateFigure(round.date)}（${basis}）` : formatDateFigure(round.date),
          facts: [
            ...figureFact(t.fields.amount, round.amount),
            ...figureFact(t.fields.amountUsd, round.amountUsd),
            ...figureFact(t.fields.valuation, round.valuation),
            ...(leads.length ? [{ label: t.funding.lead, value: leads.join("、") }] : []),
          ],
        },
      ];
    }),
  );
};
