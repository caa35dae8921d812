import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { toPartialDate } from "@/lib/content/convert";
import { publishedWhere } from "@/lib/content/published";
import type { CitationView, PartialDate } from "@/lib/content/types";
import { loadEntryCitations } from "@/lib/kinds/sources/load-citations";

/** The organization the whole site is about. */
export const SUBJECT_ORGANIZATION_SLUG = "mistral-ai";

export interface Snapshot {
  name: string;
  slug: string;
  description: string;
  founded: PartialDate | null;
  headquarters: string | null;
  citations: CitationView[];
  counts: {
    models: number;
    products: number;
    rounds: number;
    partnerships: number;
    people: number;
    sources: number;
  };
}

/** Facts about the company itself and how much the site records. */
export const getSnapshot = cachedQuery(
  "home:snapshot",
  ["ORGANIZATION", "MODEL", "PRODUCT", "ROUND", "PARTNERSHIP", "PERSON", "SOURCE"],
  async (): Promise<Snapshot | null> => {
    const where = publishedWhere();
    const company = await prisma.organization.findFirst({
      where: { slug: SUBJECT_ORGANIZATION_SLUG, ...where },
    });
    if (!company) return null;
    const [models, products, rounds, partnerships, people, sources] = await Promise.all([
      prisma.aiModel.count({ where }),
      prisma.product.count({ where }),
      prisma.fundingRound.count({ where }),
      prisma.partnership.count({ where }),
      prisma.person.count({ where }),
      prisma.source.count({ where }),
    ]);
    return {
      name: company.name,
      slug: company.slug,
      description: company.description,
      founded: toPartialDate(company.foundedOn, company.foundedPrecision),
      headquarters: company.headquarters,
      citations: await loadEntryCitations("ORGANIZATION", company.id),
      counts: { models, products, rounds, partnerships, people, sources },
    };
  },
);
