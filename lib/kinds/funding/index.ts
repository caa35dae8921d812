import { funding } from "@/lib/kinds/funding/kind";
import { defineKindSearch } from "@/lib/search/define-kind-search";

// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/funding/admin";
export { resource } from "@/lib/kinds/funding/api";
export { loadFeedDetails } from "@/lib/kinds/funding/feed-details";

export const search = defineKindSearch(funding);
