import "server-only";
import { eventFigures } from "@/lib/kinds/events/get-event";
import { figureFact, type FeedDetails, type LoadFeedDetails } from "@/lib/feeds/feed-facts";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

/** An event's feed item says its amounts with their qualifiers ("约 10 亿欧元"). */
export const loadFeedDetails: LoadFeedDetails = async (ids) => {
  const rows = await prisma.event.findMany({ where: { id: { in: [...ids] } } });
  return new Map(
    rows.map((row): [string, FeedDetails] => {
      const { amount, amountUsd } = eventFigures(row);
      return [
        row.id,
        { facts: [...figureFact(t.fields.amount, amount), ...figureFact(t.fields.amountUsd, amountUsd)] },
      ];
    }),
  );
};
