// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/partnerships/admin";
export { resource } from "@/lib/kinds/partnerships/api";
export { csv } from "@/lib/kinds/partnerships/csv";
export { search } from "@/lib/kinds/partnerships/search";
