import { PRODUCTS_LIST } from "@/lib/kinds/products/list-products";
import { redirectToAnchoredEntry } from "@/lib/content/list-anchor";

export const GET = redirectToAnchoredEntry(PRODUCTS_LIST);
