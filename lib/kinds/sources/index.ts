// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/sources/admin";
export { resource } from "@/lib/kinds/sources/api";
export { search } from "@/lib/kinds/sources/search";
