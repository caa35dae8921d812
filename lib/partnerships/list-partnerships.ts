import "server-only";
import { cachedQuery } from "@/lib/cache";
import { prisma } from "@/lib/db";
import { publishedWhere } from "@/lib/content/published";
import {
  partnersInclude,
  toPartnershipView,
  type PartnershipView,
} from "@/lib/partnerships/partnership-view";

/** Published partnerships, newest first; undated ones last. */
export const listPartnerships = cachedQuery(
  "partnerships:list",
  ["PARTNERSHIP", "ORGANIZATION"],
  async (): Promise<PartnershipView[]> => {
    const partnerships = await prisma.partnership.findMany({
      where: publishedWhere(),
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { title: "asc" }],
      include: partnersInclude(),
    });
    return partnerships.map(toPartnershipView);
  },
);
