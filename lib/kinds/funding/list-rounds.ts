import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { publishedWhere } from "@/lib/content/published";
import { roundInvestorsInclude, toRoundView, type RoundView } from "@/lib/kinds/funding/round-view";

/** Published funding rounds, oldest first (the order a cumulative chart reads). */
export const listRounds = cachedQuery(
  "funding:list",
  ["ROUND", "ORGANIZATION", "PERSON"],
  async (): Promise<RoundView[]> => {
    const rounds = await prisma.fundingRound.findMany({
      where: publishedWhere(),
      orderBy: [{ date: "asc" }, { name: "asc" }],
      include: roundInvestorsInclude(),
    });
    return rounds.map(toRoundView);
  },
);
