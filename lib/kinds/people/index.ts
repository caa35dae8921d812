import { people } from "@/lib/kinds/people/kind";
import { defineKindSearch } from "@/lib/search/define-kind-search";

// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/people/admin";
export { resource } from "@/lib/kinds/people/api";

export const search = defineKindSearch(people);
