import { partnerships } from "@/lib/kinds/partnerships/kind";
import { defineKindSearch } from "@/lib/search/define-kind-search";

// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/partnerships/admin";
export { resource } from "@/lib/kinds/partnerships/api";
export { loadFeedDetails } from "@/lib/kinds/partnerships/feed-details";

export const search = defineKindSearch(partnerships);
