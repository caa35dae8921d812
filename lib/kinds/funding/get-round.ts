import "server-only";
import { lookupBySlug } from "@/lib/content/slug";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { publishedWhere } from "@/lib/content/published";
import { roundInvestorsInclude, toRoundView, type RoundDetail } from "@/lib/kinds/funding/round-view";
import { loadEntryAlternativeValues } from "@/lib/claims/load-alternative-values";
import { loadEntryCitations } from "@/lib/kinds/sources/load-citations";
import { funding } from "@/lib/kinds/funding/kind";

/** One published round with its investors, citations and other values; null if there is none. */
export const getRound = lookupBySlug(
  cachedQuery("funding:get", funding.shows, async (slug: string): Promise<RoundDetail | null> => {
    const round = await prisma.fundingRound.findFirst({
      where: { slug, ...publishedWhere() },
      include: roundInvestorsInclude(),
    });
    if (!round) return null;
    return {
      ...toRoundView(round),
      citations: await loadEntryCitations("ROUND", round.id),
      alternativeValues: await loadEntryAlternativeValues("ROUND", round.id),
      updatedAt: round.updatedAt.toISOString(),
    };
  }),
);
