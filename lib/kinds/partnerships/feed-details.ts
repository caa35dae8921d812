import "server-only";
import { figureFact, type FeedDetails, type LoadFeedDetails } from "@/lib/feeds/feed-facts";
import { partnersInclude, toPartnershipView } from "@/lib/kinds/partnerships/partnership-view";
import { prisma } from "@/lib/platform/db";
import { t } from "@/lib/i18n";

/** A deal's feed item says its partners and the money involved, with its qualifier. */
export const loadFeedDetails: LoadFeedDetails = async (ids) => {
  const rows = await prisma.partnership.findMany({
    where: { id: { in: [...ids] } },
    include: partnersInclude(),
  });
  return new Map(
    rows.map((row): [string, FeedDetails] => {
      const deal = toPartnershipView(row);
      const partners = deal.partners.map((partner) => partner.name);
      return [
        row.id,
        {
          facts: [
            ...(partners.length ? [{ label: t.fields.partners, value: partners.join("、") }] : []),
            ...figureFact(t.partnerships.money, deal.amount),
          ],
        },
      ];
    }),
  );
};
