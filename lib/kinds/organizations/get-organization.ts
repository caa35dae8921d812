import "server-only";
import { lookupBySlug } from "@/lib/content/slug";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { toPartialDate } from "@/lib/content/convert";
import { publishedWhere } from "@/lib/content/published";
import type { CitationView, PartialDate } from "@/lib/content/types";
import type { Organization } from "@/lib/generated/prisma/client";
import { roundInvestorsInclude, toRoundView, type RoundView } from "@/lib/kinds/funding/round-view";
import {
  partnersInclude,
  toPartnershipView,
  type PartnershipView,
} from "@/lib/kinds/partnerships/partnership-view";
import { loadEntryCitations } from "@/lib/kinds/sources/load-citations";
import { organizations } from "@/lib/kinds/organizations/kind";

export interface OrganizationDetail {
  slug: string;
  name: string;
  nameZh: string | null;
  type: Organization["type"];
  country: string | null;
  headquarters: string | null;
  website: string | null;
  description: string;
  founded: PartialDate | null;
  /** Rounds this organization invested in, with whether it led them. */
  rounds: (RoundView & { ledByThis: boolean })[];
  partnerships: PartnershipView[];
  models: { slug: string; name: string }[];
  citations: CitationView[];
  updatedAt: string;
}

/** One published organization with the rounds it joined and the deals it made. */
export const getOrganization = lookupBySlug(
  cachedQuery(
    "organizations:get",
    organizations.shows,
    async (slug: string): Promise<OrganizationDetail | null> => {
      const published = publishedWhere();
      const org = await prisma.organization.findFirst({
        where: { slug, ...published },
        include: {
          roundInvestments: {
            where: { round: published },
            orderBy: { round: { date: "asc" } },
            select: { isLead: true, round: { include: roundInvestorsInclude() } },
          },
          partnerships: {
            where: { partnership: published },
            orderBy: { partnership: { date: { sort: "desc", nulls: "last" } } },
            select: { partnership: { include: partnersInclude() } },
          },
          modelCollaborations: {
            where: { model: published },
            select: { model: { select: { slug: true, name: true } } },
          },
        },
      });
      if (!org) return null;
      return {
        slug: org.slug,
        name: org.name,
        nameZh: org.nameZh,
        type: org.type,
        country: org.country,
        headquarters: org.headquarters,
        website: org.website,
        description: org.description,
        founded: toPartialDate(org.foundedOn, org.foundedPrecision),
        rounds: org.roundInvestments.map((ri) => ({ ...toRoundView(ri.round), ledByThis: ri.isLead })),
        partnerships: org.partnerships.map((pp) => toPartnershipView(pp.partnership)),
        models: org.modelCollaborations.map((mc) => mc.model),
        citations: await loadEntryCitations("ORGANIZATION", org.id),
        updatedAt: org.updatedAt.toISOString(),
      };
    },
  ),
);
