import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { partnerships } from "@/lib/kinds/partnerships/kind";
import { queryPage, type PageOf } from "@/lib/content/paginate";
import { publishedWhere } from "@/lib/content/published";
import {
  partnersInclude,
  toPartnershipView,
  type PartnershipView,
} from "@/lib/kinds/partnerships/partnership-view";

/** One page of the published partnerships, newest first; undated ones last. */
export const listPartnerships = cachedQuery(
  "partnerships:list",
  ["PARTNERSHIP", "ORGANIZATION"],
  async (page: number): Promise<PageOf<PartnershipView>> => {
    const where = publishedWhere();
    return queryPage(
      page,
      () => prisma.partnership.count({ where }),
      async (window) =>
        (
          await prisma.partnership.findMany({
            where,
            orderBy: [...partnerships.order],
            include: partnersInclude(),
            ...window,
          })
        ).map(toPartnershipView),
    );
  },
);
