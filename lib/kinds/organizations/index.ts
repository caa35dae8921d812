// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/organizations/admin";
export { resource } from "@/lib/kinds/organizations/api";
export { search } from "@/lib/kinds/organizations/search";
