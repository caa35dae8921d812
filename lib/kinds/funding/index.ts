import { funding } from "@/lib/kinds/funding/kind";
import { defineKindSearch } from "@/lib/search/define-kind-search";

// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/funding/admin";
export { resource } from "@/lib/kinds/funding/api";

export const search = defineKindSearch(funding);
