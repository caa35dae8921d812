import "server-only";
import { lookupBySlug } from "@/lib/content/slug";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { publishedWhere } from "@/lib/content/published";
import {
  partnersInclude,
  toPartnershipView,
  type PartnershipDetail,
} from "@/lib/kinds/partnerships/partnership-view";
import { loadEntryAlternativeValues } from "@/lib/claims/load-alternative-values";
import { loadEntryCitations } from "@/lib/kinds/sources/load-citations";
import { partnerships } from "@/lib/kinds/partnerships/kind";

/** One published partnership with its partners, citations and other values; null if there is none. */
export const getPartnership = lookupBySlug(
  cachedQuery(
    "partnerships:get",
    partnerships.shows,
    async (slug: string): Promise<PartnershipDetail | null> => {
      const partnership = await prisma.partnership.findFirst({
        where: { slug, ...publishedWhere() },
        include: partnersInclude(),
      });
      if (!partnership) return null;
      return {
        ...toPartnershipView(partnership),
        citations: await loadEntryCitations("PARTNERSHIP", partnership.id),
        alternativeValues: await loadEntryAlternativeValues("PARTNERSHIP", partnership.id),
        updatedAt: partnership.updatedAt.toISOString(),
      };
    },
  ),
);
