import "server-only";
import { z } from "zod";
import { loadApiAlternativeValues } from "@/lib/api/alternative-values";
import { loadApiCitations } from "@/lib/api/citations";
import { defineResource, visible } from "@/lib/api/define-resource";
import { partnerships as partnershipsKind } from "@/lib/kinds/partnerships/kind";
import {
  pageUrlField,
  toApiDate,
  toApiMoney,
  updatedAtField,
  ZApiAlternativeValueSchema,
  ZApiCitationSchema,
  ZApiDateSchema,
  ZApiMoneySchema,
  ZApiOrganizationRefSchema,
} from "@/lib/api/fields";
import { enumParam, slugParam, yearParam, yearRange } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { entryPath } from "@/lib/content/paths";
import { publishedWhere } from "@/lib/content/published";
import { prisma } from "@/lib/platform/db";
import { PartnershipCategory } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ZApiPartnershipSchema = named(
  z.object({
    slug: z.string(),
    title: z.string(),
    category: z.enum(PartnershipCategory),
    date: ZApiDateSchema.nullable(),
    summary: z.string().meta({ description: "Markdown, Chinese: what the deal is." }),
    amount: ZApiMoneySchema.nullable().meta({ description: "Money involved, when reported." }),
    partners: z.array(ZApiOrganizationRefSchema),
    citations: z.array(ZApiCitationSchema),
    alternativeValues: z.array(ZApiAlternativeValueSchema).meta({
      description: "Other values sources give for this entry's fields, each with its source and status.",
    }),
    pageUrl: pageUrlField(),
    updatedAt: updatedAtField(),
  }),
  "Partnership",
  "A partnership or deal of Mistral AI.",
);
export type TApiPartnership = z.infer<typeof ZApiPartnershipSchema>;

const include = () =>
  ({
    partners: {
      where: { organization: publishedWhere() },
      orderBy: [{ position: "asc" as const }, { organizationId: "asc" as const }],
      select: { organization: { select: { slug: true, name: true, nameZh: true } } },
    },
  }) satisfies Prisma.PartnershipInclude;

export const resource = defineResource({
  kind: partnershipsKind,
  schemaId: "Partnership",
  description: "Partnerships, newest first; undated ones last.",
  item: ZApiPartnershipSchema,
  filters: {
    category: enumParam(PartnershipCategory, "Only partnerships of this category."),
    partner: slugParam("Only partnerships with this organization (its slug)."),
    year: yearParam("Only partnerships dated in this year."),
  },
  where: (filters, slug): Prisma.PartnershipWhereInput =>
    visible({
      slug,
      category: filters.category,
      date: yearRange(filters.year),
      partners: filters.partner ? { some: { organization: { slug: filters.partner } } } : undefined,
    }),
  count: (where) => prisma.partnership.count({ where }),
  async find(where, page, { origin }) {
    const partnerships = await prisma.partnership.findMany({
      where,
      include: include(),
      orderBy: [...partnershipsKind.order],
      ...page,
    });
    const citations = await loadApiCitations("PARTNERSHIP", partnerships);
    const alternativeValues = await loadApiAlternativeValues("PARTNERSHIP", partnerships);
    return partnerships.map((partnership) => ({
      slug: partnership.slug,
      title: partnership.title,
      category: partnership.category,
      date: toApiDate(partnership.date, partnership.datePrecision),
      summary: partnership.summary,
      amount: toApiMoney(partnership.amountMinor, partnership.currency),
      partners: partnership.partners.map((p) => p.organization),
      citations: citations(partnership.id),
      alternativeValues: alternativeValues(partnership.id),
      pageUrl: origin + entryPath("PARTNERSHIP", partnership.slug),
      updatedAt: partnership.updatedAt.toISOString(),
    }));
  },
});
