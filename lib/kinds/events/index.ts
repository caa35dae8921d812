import { events } from "@/lib/kinds/events/kind";
import { defineKindSearch } from "@/lib/search/define-kind-search";

// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/events/admin";
export { resource } from "@/lib/kinds/events/api";
export { loadFeedDetails } from "@/lib/kinds/events/feed-details";

export const search = defineKindSearch(events);
