// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/events/admin";
export { resource } from "@/lib/kinds/events/api";
export { csv } from "@/lib/kinds/events/csv";
export { search } from "@/lib/kinds/events/search";
