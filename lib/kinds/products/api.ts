import "server-only";
import { z } from "zod";
import { visible } from "@/lib/api/define-resource";
import { defineEntryResource } from "@/lib/api/define-entry-resource";
import { products as productsKind } from "@/lib/kinds/products/kind";
import { toApiDate, toApiMoney, ZApiDateSchema, ZApiMoneySchema } from "@/lib/api/fields";
import { enumParam } from "@/lib/api/query-params";
import { prisma } from "@/lib/platform/db";
import { ProductCategory } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const resource = defineEntryResource({
  kind: productsKind,
  schemaId: "Product",
  schemaDescription: "A product of Mistral AI: an assistant, an API, a plan.",
  description: "Products, in editorial order.",
  fields: {
    name: z.string(),
    category: z.enum(ProductCategory),
    platforms: z.string().meta({ description: "Chinese, e.g. iOS、Android; may be empty." }),
    date: ZApiDateSchema.nullable().meta({ description: "Launch date." }),
    summary: z.string().meta({ description: "Markdown, Chinese." }),
    price: ZApiMoneySchema.nullable(),
    pricePeriod: z.string().nullable().meta({ description: "What the price is for, e.g. `month`." }),
  },
  filters: {
    category: enumParam(ProductCategory, "Only products of this category."),
  },
  where: (filters, slug): Prisma.ProductWhereInput => visible({ slug, category: filters.category }),
  rows: (where, page) =>
    prisma.product.findMany({
      where,
      orderBy: [...productsKind.order],
      ...page,
    }),
  toItem: (product) => ({
    name: product.name,
    category: product.category,
    platforms: product.platforms,
    date: toApiDate(product.date, product.datePrecision),
    summary: product.summary,
    price: toApiMoney(product.priceMinor, product.priceCurrency),
    pricePeriod: product.pricePeriod,
  }),
});
