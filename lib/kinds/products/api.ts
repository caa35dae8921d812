import "server-only";
import { z } from "zod";
import { loadApiCitations } from "@/lib/api/citations";
import { defineResource, visible } from "@/lib/api/define-resource";
import { products as productsKind } from "@/lib/kinds/products/kind";
import {
  pageUrlField,
  toApiDate,
  toApiMoney,
  updatedAtField,
  ZApiCitationSchema,
  ZApiDateSchema,
  ZApiMoneySchema,
} from "@/lib/api/fields";
import { enumParam } from "@/lib/api/query-params";
import { named } from "@/lib/api/schema-registry";
import { entryPath } from "@/lib/content/paths";
import { prisma } from "@/lib/platform/db";
import { ProductCategory } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ZApiProductSchema = named(
  z.object({
    slug: z.string(),
    name: z.string(),
    category: z.enum(ProductCategory),
    platforms: z.string().meta({ description: "Chinese, e.g. iOS、Android; may be empty." }),
    date: ZApiDateSchema.nullable().meta({ description: "Launch date." }),
    summary: z.string().meta({ description: "Markdown, Chinese." }),
    price: ZApiMoneySchema.nullable(),
    pricePeriod: z.string().nullable().meta({ description: "What the price is for, e.g. `month`." }),
    citations: z.array(ZApiCitationSchema),
    pageUrl: pageUrlField(),
    updatedAt: updatedAtField(),
  }),
  "Product",
  "A product of Mistral AI: an assistant, an API, a plan.",
);
export type TApiProduct = z.infer<typeof ZApiProductSchema>;

export const resource = defineResource({
  kind: productsKind,
  schemaId: "Product",
  description: "Products, in editorial order.",
  item: ZApiProductSchema,
  filters: {
    category: enumParam(ProductCategory, "Only products of this category."),
  },
  where: (filters, slug): Prisma.ProductWhereInput => visible({ slug, category: filters.category }),
  count: (where) => prisma.product.count({ where }),
  async find(where, page, { origin }) {
    const products = await prisma.product.findMany({
      where,
      orderBy: [...productsKind.order],
      ...page,
    });
    const citations = await loadApiCitations("PRODUCT", products);
    return products.map((product) => ({
      slug: product.slug,
      name: product.name,
      category: product.category,
      platforms: product.platforms,
      date: toApiDate(product.date, product.datePrecision),
      summary: product.summary,
      price: toApiMoney(product.priceMinor, product.priceCurrency),
      pricePeriod: product.pricePeriod,
      citations: citations(product.id),
      pageUrl: origin + entryPath("PRODUCT", product.slug),
      updatedAt: product.updatedAt.toISOString(),
    }));
  },
});
