import "server-only";
import { toMoneyFigure } from "@/lib/content/convert";
import { figureFact, type FeedDetails, type LoadFeedDetails } from "@/lib/feeds/feed-facts";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

/** An event's feed item says its amounts with their qualifiers ("约 10 亿欧元"). */
export const loadFeedDetails: LoadFeedDetails = async (ids) => {
  const rows = await prisma.event.findMany({ where: { id: { in: [...ids] } } });
  return new Map(
    rows.map((row): [string, FeedDetails] => [
      row.id,
      {
        facts: [
          ...figureFact(
            t.fields.amount,
            toMoneyFigure(row.amountMinor, row.currency, row.amountQualifier, row.amountBasis),
          ),
          ...figureFact(
            t.fields.amountUsd,
            toMoneyFigure(row.amountUsdMinor, "USD", row.amountUsdQualifier, row.amountUsdBasis),
          ),
        ],
      },
    ]),
  );
};
