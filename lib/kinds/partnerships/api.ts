import "server-only";
import { z } from "zod";
import { visible } from "@/lib/api/define-resource";
import { defineEntryResource } from "@/lib/api/define-entry-resource";
import { partnerships as partnershipsKind } from "@/lib/kinds/partnerships/kind";
import {
  figureQualifierFields,
  toApiFigureQualifier,
  toApiDate,
  toApiMoney,
  ZApiDateSchema,
  ZApiMoneySchema,
  ZApiOrganizationRefSchema,
} from "@/lib/api/fields";
import { enumParam, slugParam, yearParam, yearRange } from "@/lib/api/query-params";
import { publishedWhere } from "@/lib/content/published";
import { prisma } from "@/lib/platform/db";
import { PartnershipCategory } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

const include = () =>
  ({
    partners: {
      where: { organization: publishedWhere() },
      orderBy: [{ position: "asc" as const }, { organizationId: "asc" as const }],
      select: { organization: { select: { slug: true, name: true, nameZh: true } } },
    },
  }) satisfies Prisma.PartnershipInclude;

export const resource = defineEntryResource({
  kind: partnershipsKind,
  schemaId: "Partnership",
  schemaDescription: "A partnership or deal of Mistral AI.",
  description: "Partnerships, newest first; undated ones last.",
  fields: {
    title: z.string(),
    category: z
      .enum(PartnershipCategory)
      .nullable()
      .meta({ description: "Null when the sources say only that the partnership exists." }),
    date: ZApiDateSchema.nullable(),
    summary: z.string().meta({ description: "Markdown, Chinese: what the deal is." }),
    amount: ZApiMoneySchema.nullable().meta({ description: "Money involved, when reported." }),
    ...figureQualifierFields("amount"),
    partners: z.array(ZApiOrganizationRefSchema),
  },
  claims: true,
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
  rows: (where, page) =>
    prisma.partnership.findMany({
      where,
      include: include(),
      orderBy: [...partnershipsKind.order],
      ...page,
    }),
  toItem: (partnership) => ({
    title: partnership.title,
    category: partnership.category,
    date: toApiDate(partnership.date, partnership.datePrecision),
    summary: partnership.summary,
    amount: toApiMoney(partnership.amountMinor, partnership.currency),
    ...toApiFigureQualifier("amount", partnership),
    partners: partnership.partners.map((p) => p.organization),
  }),
});
