import { products } from "@/lib/kinds/products/kind";
import { defineKindSearch } from "@/lib/search/define-kind-search";

// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/products/admin";
export { resource } from "@/lib/kinds/products/api";

export const search = defineKindSearch(products);
