import "server-only";
import { cachedQuery } from "@/lib/content/cached-query";
import { prisma } from "@/lib/platform/db";
import { products } from "@/lib/kinds/products/kind";
import { toMoney, toPartialDate } from "@/lib/content/convert";
import { FULL_ENTRY_PAGE_SIZE, queryPage, type PageOf } from "@/lib/content/paginate";
import type { AnchoredList } from "@/lib/content/list-anchor";
import { publishedWhere } from "@/lib/content/published";
import type { CitationView, Money, PartialDate } from "@/lib/content/types";
import type { Product } from "@/lib/generated/prisma/client";
import { loadCitations } from "@/lib/kinds/sources/load-citations";

export interface ProductView {
  slug: string;
  name: string;
  category: Product["category"];
  platforms: string;
  date: PartialDate | null;
  summary: string;
  price: Money | null;
  pricePeriod: string | null;
  citations: CitationView[];
}

/** What `/products` shows, in its order: its pages and the anchors' page numbers read the same. */
const listed = () => ({ where: publishedWhere(), orderBy: [...products.order] });

/** `/products`: each product under an anchor of its slug. */
export const PRODUCTS_LIST: AnchoredList = {
  path: "/products",
  pageSize: FULL_ENTRY_PAGE_SIZE,
  entries: () => prisma.product.findMany({ ...listed(), select: { slug: true } }),
};

/** One page of the published products in their editorial order, each with its citations. */
export const listProducts = cachedQuery(
  "products:list",
  products.shows,
  async (page: number): Promise<PageOf<ProductView>> => {
    const { where, orderBy } = listed();
    return queryPage(
      page,
      () => prisma.product.count({ where }),
      async (window) => withCitations(await prisma.product.findMany({ where, orderBy, ...window })),
      PRODUCTS_LIST.pageSize,
    );
  },
);

async function withCitations(products: Product[]): Promise<ProductView[]> {
  const citations = await loadCitations(
    "PRODUCT",
    products.map((p) => p.id),
  );
  return products.map((product) => ({
    slug: product.slug,
    name: product.name,
    category: product.category,
    platforms: product.platforms,
    date: toPartialDate(product.date, product.datePrecision),
    summary: product.summary,
    price: toMoney(product.priceMinor, product.priceCurrency),
    pricePeriod: product.pricePeriod,
    citations: citations.get(product.id) ?? [],
  }));
}
