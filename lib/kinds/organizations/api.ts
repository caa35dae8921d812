import "server-only";
import { z } from "zod";
import { visible } from "@/lib/api/define-resource";
import { defineEntryResource } from "@/lib/api/define-entry-resource";
import { organizations as organizationsKind } from "@/lib/kinds/organizations/kind";
import { toApiDate, ZApiDateSchema } from "@/lib/api/fields";
import { enumParam } from "@/lib/api/query-params";
import { prisma } from "@/lib/platform/db";
import { OrganizationType } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const resource = defineEntryResource({
  kind: organizationsKind,
  schemaId: "Organization",
  schemaDescription:
    "A company, investor, public body or other organization in the story. Its rounds and deals: " +
    "/funding-rounds?investor={slug} and /partnerships?partner={slug}.",
  description: "Organizations, by name.",
  fields: {
    name: z.string(),
    nameZh: z.string().nullable().meta({ description: "The Chinese name, when it has one." }),
    type: z.enum(OrganizationType),
    country: z.string().nullable(),
    headquarters: z.string().nullable(),
    website: z.string().nullable().meta({ description: "URL." }),
    description: z.string().meta({ description: "Markdown, Chinese." }),
    founded: ZApiDateSchema.nullable(),
  },
  filters: {
    type: enumParam(OrganizationType, "Only organizations of this type."),
  },
  where: (filters, slug): Prisma.OrganizationWhereInput => visible({ slug, type: filters.type }),
  rows: (where, page) =>
    prisma.organization.findMany({
      where,
      orderBy: [...organizationsKind.order],
      ...page,
    }),
  toItem: (organization) => ({
    name: organization.name,
    nameZh: organization.nameZh,
    type: organization.type,
    country: organization.country,
    headquarters: organization.headquarters,
    website: organization.website,
    description: organization.description,
    founded: toApiDate(organization.foundedOn, organization.foundedPrecision),
  }),
});
