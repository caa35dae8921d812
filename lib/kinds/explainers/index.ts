import { explainers } from "@/lib/kinds/explainers/kind";
import { defineKindSearch } from "@/lib/search/define-kind-search";

// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/explainers/admin";
export { resource } from "@/lib/kinds/explainers/api";

export const search = defineKindSearch(explainers);
