// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/people/admin";
export { resource } from "@/lib/kinds/people/api";
export { csv } from "@/lib/kinds/people/csv";
export { search } from "@/lib/kinds/people/search";
