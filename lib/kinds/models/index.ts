import { models } from "@/lib/kinds/models/kind";
import { defineKindSearch } from "@/lib/search/define-kind-search";

// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/models/admin";
export { resource } from "@/lib/kinds/models/api";

export const search = defineKindSearch(models);
