// What the server knows of the kind beyond its declaration, gathered by lib/kinds/registry.ts.
export { admin } from "@/lib/kinds/products/admin";
export { resource } from "@/lib/kinds/products/api";
export { csv } from "@/lib/kinds/products/csv";
export { search } from "@/lib/kinds/products/search";
