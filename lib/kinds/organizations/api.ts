import "server-only";
import { z } from "zod";
import { loadApiCitations } from "@/lib/api/citations";
import { defineResource, visible } from "@/lib/api/define-resource";
import { organizations as organizationsKind } from "@/lib/kinds/organizations/kind";
import {
  pageUrlField,
  toApiDate,
  updatedAtField,
  ZApiCitationSchema,
  ZApiDateSchema,
} from "@/lib/api/fields";
import { enumParam } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { entryPath } from "@/lib/content/paths";
import { prisma } from "@/lib/platform/db";
import { OrganizationType } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ZApiOrganizationSchema = named(
  z.object({
    slug: z.string(),
    name: z.string(),
    nameZh: z.string().nullable().meta({ description: "The Chinese name, when it has one." }),
    type: z.enum(OrganizationType),
    country: z.string().nullable(),
    headquarters: z.string().nullable(),
    website: z.string().nullable().meta({ description: "URL." }),
    description: z.string().meta({ description: "Markdown, Chinese." }),
    founded: ZApiDateSchema.nullable(),
    citations: z.array(ZApiCitationSchema),
    pageUrl: pageUrlField(),
    updatedAt: updatedAtField(),
  }),
  "Organization",
  "A company, investor, public body or other organization in the story. Its rounds and deals: " +
    "/funding-rounds?investor={slug} and /partnerships?partner={slug}.",
);
export type TApiOrganization = z.infer<typeof ZApiOrganizationSchema>;

export const resource = defineResource({
  kind: organizationsKind,
  schemaId: "Organization",
  description: "Organizations, by name.",
  item: ZApiOrganizationSchema,
  filters: {
    type: enumParam(OrganizationType, "Only organizations of this type."),
  },
  where: (filters, slug): Prisma.OrganizationWhereInput => visible({ slug, type: filters.type }),
  count: (where) => prisma.organization.count({ where }),
  async find(where, page, { origin }) {
    const organizations = await prisma.organization.findMany({
      where,
      orderBy: [...organizationsKind.order],
      ...page,
    });
    const citations = await loadApiCitations("ORGANIZATION", organizations);
    return organizations.map((organization) => ({
      slug: organization.slug,
      name: organization.name,
      nameZh: organization.nameZh,
      type: organization.type,
      country: organization.country,
      headquarters: organization.headquarters,
      website: organization.website,
      description: organization.description,
      founded: toApiDate(organization.foundedOn, organization.foundedPrecision),
      citations: citations(organization.id),
      pageUrl: origin + entryPath("ORGANIZATION", organization.slug),
      updatedAt: organization.updatedAt.toISOString(),
    }));
  },
});
