import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { explainers } from "@/lib/kinds/explainers/kind";
import { publishedWhere } from "@/lib/content/published";
import type { CitationView } from "@/lib/content/types";
import { loadCitations } from "@/lib/kinds/sources/load-citations";

export interface ExplainerView {
  slug: string;
  heading: string;
  body: string;
  citations: CitationView[];
  updatedAt: string;
}

/** The explainer's published sections in reading order, each with its citations. */
export const listExplainers = cachedQuery(
  "explainers:list",
  explainers.shows,
  async (): Promise<ExplainerView[]> => {
    const sections = await prisma.explainerSection.findMany({
      where: publishedWhere(),
      orderBy: [...explainers.order],
    });
    const citations = await loadCitations(
      "EXPLAINER",
      sections.map((s) => s.id),
    );
    return sections.map((section) => ({
      slug: section.slug,
      heading: section.heading,
      body: section.body,
      citations: citations.get(section.id) ?? [],
      updatedAt: section.updatedAt.toISOString(),
    }));
  },
);
